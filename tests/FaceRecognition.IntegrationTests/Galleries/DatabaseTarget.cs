using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Galleries;

/// <summary>Which database a gallery test runs against: a temp SQLite file, or a fresh database on the private MariaDB.</summary>
public static class DatabaseTarget
{
    public static IEnumerable<string> Providers => ["Sqlite", "MySql"];

    /// <summary>Settings for a service on a fresh, empty database of the given provider.</summary>
    public static async Task<Dictionary<string, string?>> FreshAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            return new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" };
        }

        var server = await SharedMariaDb.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("g_" + Guid.NewGuid().ToString("N")[..16]);
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "MySql",
            ["Storage:MySqlConnectionString"] = connectionString,
        };
    }
}
