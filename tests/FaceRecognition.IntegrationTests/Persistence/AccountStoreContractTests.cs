using FaceRecognition.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.IntegrationTests.Persistence;

[TestFixtureSource(typeof(StorageTargets), nameof(StorageTargets.All))]
public sealed class AccountStoreContractTests(StorageProvider provider)
{
    private static readonly string[] OnlyLiveToken = ["live"];
    private PersistenceHarness _harness = null!;

    [SetUp]
    public async Task CreateEmptyDatabaseAsync() => _harness = await PersistenceHarness.CreateAsync(provider);

    [TearDown]
    public async Task DropDatabaseAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task TryCreate_ReturnsNull_WhenTheUsernameOrTheEmailIsTaken()
    {
        var template = TestEmbeddings.Random(new Random(7));
        var created = await _harness.Accounts.TryCreateAsync("ann", "ann@example.org", "hash-1", template, "m1", CancellationToken.None);
        var sameUsername = await _harness.Accounts.TryCreateAsync("ann", "other@example.org", "hash-2", template, "m1", CancellationToken.None);
        var sameEmail = await _harness.Accounts.TryCreateAsync("anne", "ann@example.org", "hash-3", template, "m1", CancellationToken.None);
        var found = await _harness.Accounts.FindByUsernameAsync("ann", CancellationToken.None);

        Assert.That(created, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(sameUsername, Is.Null);
            Assert.That(sameEmail, Is.Null);
            Assert.That(found, Is.Not.Null);
            Assert.That(found!.Id, Is.EqualTo(created!.Id));
            Assert.That(found.Email, Is.EqualTo("ann@example.org"));
            Assert.That(found.PasswordHash, Is.EqualTo("hash-1"));
            Assert.That(found.CreatedAt, Is.EqualTo(created.CreatedAt));
            Assert.That(found.FaceTemplate.ToBytes(), Is.EqualTo(template.ToBytes()));
        });
    }

    [Test]
    public async Task UpdatePasswordHash_ReplacesTheStoredHash()
    {
        var account = (await _harness.Accounts.TryCreateAsync("bo", "bo@example.org", "old", TestEmbeddings.Random(new Random(8)), "m1", CancellationToken.None))!;

        await _harness.Accounts.UpdatePasswordHashAsync(account.Id, "new", CancellationToken.None);

        Assert.That((await _harness.Accounts.FindByUsernameAsync("bo", CancellationToken.None))!.PasswordHash, Is.EqualTo("new"));
    }

    [Test]
    public async Task ListFailuresSince_ReturnsOnlyThatUsersRecentFailuresOldestFirst_UntilCleared()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero).AddTicks(1234560);
        await _harness.Accounts.RecordFailureAsync("cy", now.AddMinutes(-1), CancellationToken.None);
        await _harness.Accounts.RecordFailureAsync("cy", now.AddMinutes(-30), CancellationToken.None);
        await _harness.Accounts.RecordFailureAsync("cy", now.AddMinutes(-3).ToOffset(TimeSpan.FromHours(2)), CancellationToken.None);
        await _harness.Accounts.RecordFailureAsync("someone-else", now, CancellationToken.None);

        var recent = await _harness.Accounts.ListFailuresSinceAsync("cy", now.AddMinutes(-15), CancellationToken.None);
        await _harness.Accounts.ClearFailuresAsync("cy", CancellationToken.None);
        var afterClear = await _harness.Accounts.ListFailuresSinceAsync("cy", now.AddDays(-1), CancellationToken.None);
        var otherUser = await _harness.Accounts.ListFailuresSinceAsync("someone-else", now.AddDays(-1), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(recent, Is.EqualTo(new[] { now.AddMinutes(-3), now.AddMinutes(-1) }));
            Assert.That(recent.Select(t => t.Offset), Is.All.EqualTo(TimeSpan.Zero));
            Assert.That(afterClear, Is.Empty);
            Assert.That(otherUser, Is.EqualTo(new[] { now }));
        });
    }

    [Test]
    public async Task RevokedToken_IsReportedUntilItExpires_AndExpiredRowsArePurged()
    {
        var now = DateTimeOffset.UtcNow;
        await _harness.Accounts.RevokeTokenAsync("expired", now.AddMinutes(-5), CancellationToken.None);
        await _harness.Accounts.RevokeTokenAsync("live", now.AddHours(1), CancellationToken.None);
        await _harness.Accounts.RevokeTokenAsync("live", now.AddHours(2), CancellationToken.None);

        await using var db = _harness.CreateContext();
        var rows = await db.RevokedTokens.OrderBy(t => t.TokenId).Select(t => t.TokenId).ToListAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await _harness.Accounts.IsTokenRevokedAsync("live", CancellationToken.None), Is.True);
            Assert.That(await _harness.Accounts.IsTokenRevokedAsync("expired", CancellationToken.None), Is.False);
            Assert.That(await _harness.Accounts.IsTokenRevokedAsync("never-seen", CancellationToken.None), Is.False);
            Assert.That(rows, Is.EqualTo(OnlyLiveToken), "the expired row was purged by a later revocation");
        });
    }
}
