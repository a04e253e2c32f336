using System.Net;
using System.Text.Json;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Persistence;

/// <summary>Storage:ApplyMigrationsOnStartup=false: the service does not touch the schema and waits for the migrate command.</summary>
public sealed class SchemaStartupTests
{
    [Test]
    public async Task WithoutStartupMigrations_TheServiceIsNotReadyUntilTheSchemaIsMigrated()
    {
        var directory = Directory.CreateTempSubdirectory("fr-nomigrate-").FullName;
        try
        {
            var path = Path.Combine(directory, "facerecognition.db");
            var settings = PersistenceHarness.SqliteSettings(path);
            settings["Storage:ApplyMigrationsOnStartup"] = "false";
            await using var service = new TestService(settings);
            using var client = service.CreateClient();

            var before = await ReadinessAsync(client);
            await using (var migrate = await PersistenceHarness.CreateAsync(PersistenceHarness.SqliteSettings(path), null, migrate: true))
            {
                // The migrate command does exactly this: DatabaseMigrator.MigrateAsync on the configured database.
            }

            var (status, body) = before;
            var after = await WaitForReadyAsync(client);
            Assert.Multiple(() =>
            {
                Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(body.GetProperty("checks").GetProperty("database").GetProperty("detail").GetString(), Does.Contain("not migrated"));
                Assert.That(after, Is.EqualTo(HttpStatusCode.OK), "ready once the schema was migrated by the command");
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static async Task<HttpStatusCode> WaitForReadyAsync(HttpClient client)
    {
        // The start-up check and the index load retry in the background (back-off up to 30 s); poll, bounded.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        HttpStatusCode status;
        do
        {
            await Task.Delay(500);
            status = (await ReadinessAsync(client)).Status;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        return status;
    }
}
