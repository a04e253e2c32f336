using FaceRecognition.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

/// <summary>The folders holding secrets at rest: the SQLite database's folder and the log folder.</summary>
public static class PrivateFolders
{
    /// <summary>Run at start-up, after the host is built and before it starts (so before the store opens its file).</summary>
    public static void Secure(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var environment = services.GetRequiredService<IHostEnvironment>();
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider == StorageProvider.Sqlite)
        {
            var database = Path.GetFullPath(storage.SqlitePath, environment.ContentRootPath);
            OwnerOnlyFiles.SecureFolder(Path.GetDirectoryName(database)!);
            OwnerOnlyFiles.SecureFile(database);
        }

        OwnerOnlyFiles.SecureFolder(LogDirectory(services.GetRequiredService<IConfiguration>(), environment.ContentRootPath));
    }

    /// <summary><c>Logging:Directory</c>, by default <c>logs</c> under the content root.</summary>
    public static string LogDirectory(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Path.GetFullPath(configuration["Logging:Directory"] ?? Path.Combine(contentRoot, "logs"));
    }
}
