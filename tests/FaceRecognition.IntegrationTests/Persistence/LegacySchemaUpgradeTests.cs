using System.Net;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Galleries;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.IntegrationTests.Galleries;
using FaceRecognition.IntegrationTests.Persistence.Legacy;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.IntegrationTests.Persistence;

/// <summary>
/// A database made by release 0.1 (hand-written schema, Dapper rows) upgrades in place when the new service starts
/// on it: every gallery, subject, face, account, sign-in failure and revoked token is kept, faces get their face_id.
/// </summary>
[TestFixtureSource(typeof(StorageTargets), nameof(StorageTargets.All))]
public sealed class LegacySchemaUpgradeTests(StorageProvider provider)
{
    private Dictionary<string, string?> _settings = null!;
    private string? _tempDirectory;
    private LegacyDatabase _legacy = null!;

    [SetUp]
    public async Task CreateReleaseZeroOneDatabaseAsync()
    {
        (_settings, _tempDirectory) = await PersistenceHarness.FreshDatabaseAsync(provider);
        var target = provider == StorageProvider.Sqlite ? _settings["Storage:SqlitePath"]! : _settings["Storage:MySqlConnectionString"]!;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(provider == StorageProvider.Sqlite ? target : "."))!);
        _legacy = await LegacyDatabase.CreateAsync(provider, target);
    }

    [TearDown]
    public void RemoveTempFiles()
    {
        if (_tempDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_tempDirectory, recursive: true);
        }
    }

    [Test]
    public async Task ServiceStartedOnAReleaseZeroOneDatabase_IsReadyAndServesItsGalleries()
    {
        await using var service = new TestService(_settings);
        using var client = service.CreateApiClient();
        var api = new GalleryApi(client);

        using (var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ready.Content.ReadAsStringAsync());
        }

        var galleries = await api.GetAsync("/api/v1/galleries");
        var lobby = galleries.EnumerateArray().Single(g => g.GetProperty("name").GetString() == "lobby");
        var subjects = await api.GetAsync("/api/v1/galleries/lobby/subjects");
        var alicesFirstFace = _legacy.Faces.First(f => f.SubjectId == _legacy.Subjects.Single(s => s.ExternalId == "alice").Id);
        await api.DeleteAsync($"/api/v1/galleries/lobby/subjects/alice/faces/{alicesFirstFace.Id}");
        var afterDelete = await api.GetAsync("/api/v1/galleries/lobby/subjects");

        Assert.Multiple(() =>
        {
            Assert.That(galleries.GetArrayLength(), Is.EqualTo(2));
            Assert.That(lobby.GetProperty("subject_count").GetInt32(), Is.EqualTo(2));
            Assert.That(lobby.GetProperty("face_count").GetInt32(), Is.EqualTo(3));
            Assert.That(subjects[0].GetProperty("name").GetString(), Is.EqualTo("Alice Smith"));
            Assert.That(subjects[0].GetProperty("face_count").GetInt32(), Is.EqualTo(2));
            Assert.That(afterDelete[0].GetProperty("face_count").GetInt32(), Is.EqualTo(1), "old numeric face ids still work in URLs");
        });
    }

    [Test]
    public async Task Upgrade_KeepsEveryRow_AndGivesEachFaceItsOwnFaceId()
    {
        await using var harness = await PersistenceHarness.CreateAsync(_settings, null, migrate: true);
        var secondRun = await harness.Migrator.MigrateAsync(CancellationToken.None);

        var galleries = await harness.Galleries.ListGalleriesAsync(CancellationToken.None);
        var faces = new List<IndexedFace>();
        await foreach (var face in harness.Galleries.ReadAllFacesAsync(CancellationToken.None))
        {
            faces.Add(face);
        }

        await using var db = harness.CreateContext();
        var publicIds = await db.Faces.OrderBy(f => f.Id).Select(f => f.PublicId).ToListAsync();
        var applied = await db.Database.GetAppliedMigrationsAsync();
        var legacyTableLeft = await db.Database.SqlQueryRaw<long>(
            provider == StorageProvider.Sqlite
                ? "SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = 'schema_migrations'"
                : "SELECT COUNT(*) AS Value FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'schema_migrations'").SingleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(secondRun, Is.Empty, "the upgrade is complete after the first start");
            Assert.That(applied, Is.EqualTo(db.Database.GetMigrations()));
            Assert.That(legacyTableLeft, Is.Zero, "schema_migrations is dropped once adopted");
            Assert.That(galleries, Is.EqualTo(new[] { new GallerySummary("default", 1, 2), new GallerySummary("lobby", 2, 3) }));
            Assert.That(
                faces.Select(f => (f.FaceId, f.Gallery, f.Subject.Id, f.Subject.ExternalId, f.Subject.Name, Bytes: Convert.ToHexString(f.Embedding.ToBytes()))),
                Is.EquivalentTo(_legacy.Faces.Select(f => (
                    f.Id,
                    _legacy.Galleries.Single(g => g.Id == f.GalleryId).Name,
                    f.SubjectId,
                    _legacy.Subjects.Single(s => s.Id == f.SubjectId).ExternalId,
                    _legacy.Subjects.Single(s => s.Id == f.SubjectId).Name,
                    Convert.ToHexString(f.Embedding)))),
                "every face keeps its id, owner and embedding bit for bit");
            Assert.That(publicIds, Has.Count.EqualTo(_legacy.Faces.Count));
            Assert.That(publicIds, Is.Unique);
            Assert.That(publicIds, Has.None.EqualTo(Guid.Empty));
        });

        foreach (var expected in _legacy.Accounts)
        {
            var account = await harness.Accounts.FindByUsernameAsync(expected.Username, CancellationToken.None);
            Assert.That(account, Is.Not.Null, expected.Username);
            Assert.Multiple(() =>
            {
                Assert.That(account!.Id, Is.EqualTo(expected.Id));
                Assert.That(account.Email, Is.EqualTo(expected.Email));
                Assert.That(account.PasswordHash, Is.EqualTo(expected.PasswordHash));
                Assert.That(account.FaceTemplate.ToBytes(), Is.EqualTo(expected.FaceTemplate));
                Assert.That(account.ModelId, Is.EqualTo(LegacyDatabase.ModelId));
                Assert.That(account.CreatedAt, Is.EqualTo(new DateTimeOffset(expected.CreatedAt)));
            });
        }

        var failures = await harness.Accounts.ListFailuresSinceAsync("ann", DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None);
        Assert.That(failures, Is.EqualTo(_legacy.Failures.Select(f => new DateTimeOffset(f.FailedAt))));
        foreach (var (tokenId, _) in _legacy.RevokedTokens)
        {
            Assert.That(await harness.Accounts.IsTokenRevokedAsync(tokenId, CancellationToken.None), Is.True, tokenId);
        }
    }

    [Test]
    public async Task AfterTheUpgrade_NewFacesGetFreshIds_AndFacesAreDeletedByFaceId()
    {
        await using var harness = await PersistenceHarness.CreateAsync(_settings, null, migrate: true);
        var carol = _legacy.Subjects.Single(s => s.ExternalId == "carol");
        await using var db = harness.CreateContext();
        var carolsFace = await db.Faces.Where(f => f.SubjectId == carol.Id).OrderBy(f => f.Id).FirstAsync();

        var added = await harness.Galleries.AddFacesAsync(carol.GalleryId, carol.Id, [TestEmbeddings.Random(new Random(9))], "fr_feature@new", 20, CancellationToken.None);
        var deleted = await harness.Galleries.DeleteFaceAsync(Gallery.DefaultName, "carol", FaceReference.ForPublicId(carolsFace.PublicId), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(added![0].Id, Is.GreaterThan(_legacy.HighestFaceId), "ids of faces deleted before the upgrade are not reused");
            Assert.That(deleted, Is.EqualTo(carolsFace.Id), "a backfilled face_id finds its face");
        });
    }
}
