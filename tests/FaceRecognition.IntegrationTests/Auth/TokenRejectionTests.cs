using System.Net;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.Infrastructure.Security;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceRecognition.IntegrationTests.Auth;

/// <summary>Tokens the service must refuse even though they look like its own.</summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.MySql)]
public sealed class TokenRejectionTests(StorageProvider provider)
{
    private const string Password = "correct horse 42";

    private static string Mint(string signingKey, DateTimeOffset issuedAt, string username) =>
        new JwtAccessTokenService(Options.Create(new AuthOptions { SigningKey = signingKey }), new FixedTimeProvider(issuedAt))
            .Issue(username).Value;

    private static async Task<string> SignUpAsync(TestService service, string username)
    {
        using var client = service.CreateClient();
        var photo = await File.ReadAllBytesAsync(RepoPaths.Sample(1));
        using var response = await new AuthApi(client).SignUpAsync(username, $"{username}@example.com", Password, photo);
        return await AuthJson.TokenAsync(response, HttpStatusCode.Created);
    }

    [Test]
    public async Task Me_RejectsTokens_SignedWithAnotherKeyOrExpired_ButAcceptsAFreshOneForTheSameUser()
    {
        await using var service = new TestService(await AuthStorage.SettingsAsync(provider));
        using var client = service.CreateClient();
        var api = new AuthApi(client);
        var username = "user-" + Guid.NewGuid().ToString("N")[..12];
        await SignUpAsync(service, username);

        var fresh = Mint(TestService.SigningKey, DateTimeOffset.UtcNow, username);
        var otherKey = Mint("a-different-key-that-is-also-at-least-32-bytes", DateTimeOffset.UtcNow, username);
        var expired = Mint(TestService.SigningKey, DateTimeOffset.UtcNow.AddMinutes(-31), username);

        using var freshResponse = await api.MeAsync(fresh);
        Assert.That(freshResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), "control: a token minted the same way is accepted");
        using var otherKeyResponse = await api.MeAsync(otherKey);
        await ProblemAssert.IsProblemAsync(otherKeyResponse, HttpStatusCode.Unauthorized);
        using var expiredResponse = await api.MeAsync(expired);
        await ProblemAssert.IsProblemAsync(expiredResponse, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Me_RejectsARevokedToken_AfterTheServiceRestarts()
    {
        var username = "user-" + Guid.NewGuid().ToString("N")[..12];
        var storage = await AuthStorage.SettingsAsync(provider);
        string revoked;
        string kept;
        // The caller owns this folder, so it outlives the first service and holds the SQLite file across the restart.
        var dataDirectory = Directory.CreateTempSubdirectory("fr-auth-restart-").FullName;
        await using (var first = new TestService(storage, dataDirectory))
        {
            revoked = await SignUpAsync(first, username);
            kept = first.Services.GetRequiredService<IAccessTokenService>().Issue(username).Value;
            using var client = first.CreateClient();
            using var logOut = await new AuthApi(client).LogOutAsync(revoked);
            Assert.That(logOut.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        try
        {
            // Same database (the SQLite file lives in the data directory), same signing key, new process state.
            await using var second = new TestService(storage, dataDirectory);
            using var secondClient = second.CreateClient();
            var api = new AuthApi(secondClient);

            using var revokedResponse = await api.MeAsync(revoked);
            await ProblemAssert.IsProblemAsync(revokedResponse, HttpStatusCode.Unauthorized);
            using var keptResponse = await api.MeAsync(kept);
            Assert.That(keptResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), "control: the account and key survived the restart");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
