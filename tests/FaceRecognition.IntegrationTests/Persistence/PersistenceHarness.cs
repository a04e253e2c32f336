using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.Infrastructure.Persistence.Schema;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaceRecognition.IntegrationTests.Persistence;

/// <summary>The persistence services wired by <see cref="PersistenceServiceCollectionExtensions.AddPersistence"/> on a fresh, empty database.</summary>
internal sealed class PersistenceHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _tempDirectory;

    private PersistenceHarness(ServiceProvider services, string? tempDirectory)
    {
        _services = services;
        _tempDirectory = tempDirectory;
    }

    public IGalleryStore Galleries => _services.GetRequiredService<IGalleryStore>();

    public IAccountStore Accounts => _services.GetRequiredService<IAccountStore>();

    public DatabaseMigrator Migrator => _services.GetRequiredService<DatabaseMigrator>();

    public IServiceProvider Services => _services;

    /// <summary>A new empty database of the provider's kind (SQLite temp file, or a new database on the shared MariaDB).</summary>
    public static async Task<PersistenceHarness> CreateAsync(StorageProvider provider, bool migrate = true)
    {
        var (settings, directory) = await FreshDatabaseAsync(provider);
        return await CreateAsync(settings, directory, migrate);
    }

    /// <summary>Settings for a new empty database, and the temp folder to delete afterwards (SQLite only).</summary>
    public static async Task<(Dictionary<string, string?> Settings, string? TempDirectory)> FreshDatabaseAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Sqlite)
        {
            var directory = Directory.CreateTempSubdirectory("fr-sqlite-").FullName;
            return (SqliteSettings(Path.Combine(directory, "nested", "facerecognition.db")), directory);
        }

        var server = await SharedMariaDb.GetAsync();
        return (MySqlSettings(await server.CreateDatabaseAsync("t_" + Guid.NewGuid().ToString("N"))), null);
    }

    public static Dictionary<string, string?> SqliteSettings(string path) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = path,
    };

    public static Dictionary<string, string?> MySqlSettings(string connectionString) => new()
    {
        ["Storage:Provider"] = "MySql",
        ["Storage:MySqlConnectionString"] = connectionString,
    };

    public static async Task<PersistenceHarness> CreateAsync(IDictionary<string, string?> settings, string? tempDirectory, bool migrate)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddPersistence(configuration).BuildServiceProvider();
        var harness = new PersistenceHarness(services, tempDirectory);
        if (migrate)
        {
            await harness.Migrator.MigrateAsync(CancellationToken.None);
        }

        return harness;
    }

    /// <summary>A context on the harness's database, for reading what the stores wrote; dispose it.</summary>
    public FaceRecognitionDbContext CreateContext() =>
        _services.GetRequiredService<IDbContextFactory<FaceRecognitionDbContext>>().CreateDbContext();

    /// <summary>Runs the "database" readiness check as /health/ready would.</summary>
    public async Task<HealthReportEntry> CheckDatabaseAsync()
    {
        var report = await _services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "database");
        return report.Entries["database"];
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_tempDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_tempDirectory, recursive: true);
        }
    }
}
