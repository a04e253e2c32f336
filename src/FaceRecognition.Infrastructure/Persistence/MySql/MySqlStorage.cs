using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence.MySql;

/// <summary>How a MySQL / MariaDB context is configured, the same at run time and for <c>dotnet ef</c>.</summary>
internal static class MySqlStorage
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString, string serverVersion, int maxRetryCount)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // A pinned server version (not ServerVersion.AutoDetect): detecting costs a connection, and the service must
        // start while the database is down.
        builder.UseMySql(
            connectionString,
            ServerVersion.Parse(serverVersion),
            mySql => mySql.ExecutionStrategy(dependencies => new MySqlRetryStrategy(dependencies, maxRetryCount)));
    }
}
