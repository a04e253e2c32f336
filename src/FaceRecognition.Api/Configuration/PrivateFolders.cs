using FaceRecognition.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

/// <summary>The folders holding secrets at rest: the SQLite database's folder and the log folder.</summary>
public static class PrivateFolders
{
    /// <summary>The signing key file <c>./run.sh</c> keeps beside the database.</summary>
    public const string SigningKeyFile = "jwt-signing.key";

    /// <summary>Log files are named after this (<c>app20261129.log</c>).</summary>
    public const string LogFilePrefix = "app";

    /// <summary>Run at start-up, after the host is built and before it starts (so before the store opens its file).</summary>
    public static void Secure(IServiceProvider services, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        var environment = services.GetRequiredService<IHostEnvironment>();
        var logs = LogDirectory(services.GetRequiredService<IConfiguration>(), environment.ContentRootPath);
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider == StorageProvider.Sqlite)
        {
            var database = Path.GetFullPath(storage.SqlitePath, environment.ContentRootPath);
            var folder = Path.GetDirectoryName(database)!;
            var databaseName = Path.GetFileName(database);
            Report(logger, folder, OwnerOnlyFiles.SecureFolder(folder, entry =>
                Path.GetFileName(entry).StartsWith(databaseName, StringComparison.Ordinal)
                || Path.GetFileName(entry) == SigningKeyFile
                || Path.GetFullPath(entry) == logs));
            OwnerOnlyFiles.SecureFile(database);
        }

        Report(logger, logs, OwnerOnlyFiles.SecureFolder(logs, entry =>
            File.Exists(entry) && Path.GetFileName(entry).StartsWith(LogFilePrefix, StringComparison.Ordinal)));
    }

    /// <summary><c>Logging:Directory</c>, by default <c>logs</c> under the content root.</summary>
    public static string LogDirectory(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Path.GetFullPath(configuration["Logging:Directory"] ?? Path.Combine(contentRoot, "logs"));
    }

    private static void Report(ILogger logger, string folder, bool secured)
    {
        if (!secured)
        {
            logger.LogWarning(
                "{Folder} also holds other files or is shared, so its permissions were left as they are (the service's own files in it are 0600). Give the service a folder of its own.",
                folder);
        }
    }
}
