using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Persistence.Dialects;
using FaceRecognition.Infrastructure.Persistence.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>Storage</c> options (validated at start), <see cref="IGalleryStore"/>, <see cref="IAccountStore"/>,
    /// <see cref="IDatabaseHealth"/>, <see cref="DatabaseMigrator"/> and a hosted service that migrates at startup.
    /// Stores are singletons that open a connection per call.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ISqlDialect>(provider => CreateDialect(provider));
        services.AddSingleton<SqlSession>();
        services.AddSingleton(provider => new DatabaseMigrator(
            provider.GetRequiredService<SqlSession>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<DatabaseMigrator>>()));
        services.AddSingleton<IGalleryStore, SqlGalleryStore>();
        services.AddSingleton<IAccountStore, SqlAccountStore>();
        services.AddSingleton<IDatabaseHealth, SqlDatabaseHealth>();
        services.AddHostedService<DatabaseMigrationHostedService>();
        return services;
    }

    private static ISqlDialect CreateDialect(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Provider switch
        {
            StorageProvider.MySql => new MySqlDialect(options.MySqlConnectionString!),
            _ => new SqliteDialect(ResolveSqlitePath(provider, options.SqlitePath)),
        };
    }

    // Relative paths follow the content root when hosted (so `data/` sits beside the app), else the working directory.
    private static string ResolveSqlitePath(IServiceProvider provider, string path)
    {
        var root = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(path, root);
    }
}
