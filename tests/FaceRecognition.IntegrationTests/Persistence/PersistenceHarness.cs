using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.Infrastructure.Persistence.Dialects;
using FaceRecognition.Infrastructure.Persistence.Migrations;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

    public IDatabaseHealth Health => _services.GetRequiredService<IDatabaseHealth>();

    public DatabaseMigrator Migrator => _services.GetRequiredService<DatabaseMigrator>();

    public ISqlDialect Dialect => _services.GetRequiredService<ISqlDialect>();

    public IServiceProvider Services => _services;

    /// <summary>A new empty database of the provider's kind (SQLite temp file, or a new database on the shared MariaDB).</summary>
    public static async Task<PersistenceHarness> CreateAsync(StorageProvider provider, bool migrate = true)
    {
        if (provider == StorageProvider.Sqlite)
        {
            var directory = Directory.CreateTempSubdirectory("fr-sqlite-").FullName;
            return await CreateAsync(
                new Dictionary<string, string?>
                {
                    ["Storage:Provider"] = "Sqlite",
                    ["Storage:SqlitePath"] = Path.Combine(directory, "nested", "facerecognition.db"),
                },
                directory,
                migrate);
        }

        var server = await SharedMariaDb.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("t_" + Guid.NewGuid().ToString("N"));
        return await CreateAsync(MySqlSettings(connectionString), null, migrate);
    }

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
