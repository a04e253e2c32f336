using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Auth;

/// <summary>Settings that point the test service at a fresh database of the provider's kind.</summary>
internal static class AuthStorage
{
    /// <summary>SQLite: the test service's own temp file. MySql: a new database on the shared private MariaDB.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Sqlite)
        {
            // Named, so the fixture stays on SQLite in a run whose default provider is MySql (FR_TEST_STORAGE).
            return new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" };
        }

        var server = await SharedMariaDb.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("auth_" + Guid.NewGuid().ToString("N"));
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "MySql",
            ["Storage:MySqlConnectionString"] = connectionString,
        };
    }
}
