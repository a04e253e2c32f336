using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Persistence.MySql;
using FaceRecognition.Infrastructure.Persistence.Schema;
using FaceRecognition.Infrastructure.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Longest a readiness probe waits for the database before reporting it unhealthy.</summary>
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers the <c>Storage</c> options (validated at start), pooled EF Core contexts for the configured provider,
    /// <see cref="IGalleryStore"/>, <see cref="IAccountStore"/>, <see cref="DatabaseMigrator"/>, a hosted service that
    /// migrates at start-up, and the "database" health check. Stores are singletons that lease a context per call.
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

        // Both context types are registered; only the configured provider's pool is ever created.
        services.AddPooledDbContextFactory<SqliteFaceRecognitionDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            SqliteStorage.Configure(builder, ResolveSqlitePath(provider, options.SqlitePath), options.SqliteBusyTimeoutSeconds);
            ConfigureCommon(builder);
        });
        services.AddPooledDbContextFactory<MySqlFaceRecognitionDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            MySqlStorage.Configure(builder, options.MySqlConnectionString!, options.MySqlServerVersion, options.MaxRetryCount);
            ConfigureCommon(builder);
        });
        services.AddSingleton<IDbContextFactory<FaceRecognitionDbContext>>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.MySql
                ? new BaseContextFactory<MySqlFaceRecognitionDbContext>(provider.GetRequiredService<IDbContextFactory<MySqlFaceRecognitionDbContext>>())
                : new BaseContextFactory<SqliteFaceRecognitionDbContext>(provider.GetRequiredService<IDbContextFactory<SqliteFaceRecognitionDbContext>>()));
        // Scoped, for the EF health check, which resolves the context from the request's scope.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<FaceRecognitionDbContext>>().CreateDbContext());

        services.AddSingleton(provider => new StoreSession(
            provider.GetRequiredService<IDbContextFactory<FaceRecognitionDbContext>>(),
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider));
        services.AddSingleton<SchemaStatus>();
        services.AddSingleton(provider => new DatabaseMigrator(
            provider.GetRequiredService<IDbContextFactory<FaceRecognitionDbContext>>(),
            provider.GetRequiredService<StoreSession>(),
            provider.GetRequiredService<SchemaStatus>(),
            provider.GetRequiredService<ILogger<DatabaseMigrator>>()));
        services.AddSingleton<IGalleryStore, GalleryStore>();
        services.AddSingleton<IAccountStore, AccountStore>();
        services.AddHostedService<DatabaseMigrationHostedService>();

        services.AddHealthChecks().AddDbContextCheck<FaceRecognitionDbContext>(DatabaseHealthCheck.Name);
        services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            var registration = options.Registrations.Single(r => r.Name == DatabaseHealthCheck.Name);
            var efCheck = registration.Factory;
            registration.Timeout = HealthCheckTimeout;
            registration.Factory = provider => new DatabaseHealthCheck(
                efCheck(provider),
                provider.GetRequiredService<SchemaStatus>(),
                provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
        });
        return services;
    }

    private static void ConfigureCommon(DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(warnings => warnings
            // Every command and context lease at Information would drown the request log; keep them for Debug.
            .Log((RelationalEventId.CommandExecuted, LogLevel.Debug), (CoreEventId.ContextInitialized, LogLevel.Debug))
            // A model that drifted from the last migration is a build mistake the tests catch; at run time, log it.
            .Log(RelationalEventId.PendingModelChangesWarning));

    // Relative paths follow the content root when hosted (so `data/` sits beside the app), else the working directory.
    private static string ResolveSqlitePath(IServiceProvider provider, string path)
    {
        var root = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(path, root);
    }

    private sealed class BaseContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<FaceRecognitionDbContext>
        where TContext : FaceRecognitionDbContext
    {
        public FaceRecognitionDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<FaceRecognitionDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
