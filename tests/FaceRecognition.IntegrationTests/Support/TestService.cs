using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace FaceRecognition.IntegrationTests.Support;

/// <summary>
/// The real service in the ASP.NET Core test host: real models, a real database, real HTTP through the in-memory
/// server. Settings override appsettings like environment variables would. The database is a temp SQLite file unless
/// the settings name one, or unless the run sets <c>FR_TEST_STORAGE=MySql</c>: then every service that does not ask for
/// a provider gets a fresh database on the run's private MariaDB, so the whole suite runs on both providers.
/// </summary>
public sealed class TestService : WebApplicationFactory<Program>
{
    public const string ApiKey = "integration-test-key-0001";
    public const string SigningKey = "integration-tests-signing-key-with-at-least-32-bytes!!";

    /// <summary>Environment variable choosing the default provider of a test run (Sqlite unless MySql).</summary>
    public const string StorageVariable = "FR_TEST_STORAGE";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _dataDirectory;
    private readonly bool _ownsDataDirectory;

    public TestService(IDictionary<string, string?>? overrides = null, string? dataDirectory = null)
    {
        _ownsDataDirectory = dataDirectory is null;
        _dataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "fr-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDirectory);
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Security:ApiKeys:0"] = ApiKey,
            ["Auth:SigningKey"] = SigningKey,
            ["Inference:ModelDirectory"] = RepoPaths.Models,
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(_dataDirectory, "facerecognition.db"),
            ["Logging:Directory"] = Path.Combine(_dataDirectory, "logs"),
        };
        var settings = overrides ?? new Dictionary<string, string?>();
        if (!settings.ContainsKey("Storage:Provider") && Environment.GetEnvironmentVariable(StorageVariable) == "MySql")
        {
            // Blocking is fine here: test code, no synchronization context.
            var server = SharedMariaDb.GetAsync().GetAwaiter().GetResult();
            _settings["Storage:Provider"] = "MySql";
            _settings["Storage:MySqlConnectionString"] = server.CreateDatabaseAsync("svc_" + Guid.NewGuid().ToString("N")).GetAwaiter().GetResult();
        }

        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>"Sqlite" or "MySql": the provider this service runs on.</summary>
    public string StorageProvider => _settings["Storage:Provider"]!;

    public string DataDirectory => _dataDirectory;

    public string LogDirectory => _settings["Logging:Directory"]!;

    public HttpClient CreateApiClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDataDirectory)
        {
            // Pooled SQLite connections keep the file open; release them before removing the test's folder.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A log file still being flushed: leave the temp folder to the OS rather than fail the test.
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
    }
}
