using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence.Sqlite;

/// <summary>How a SQLite context is configured, the same at run time and for <c>dotnet ef</c>.</summary>
internal static class SqliteStorage
{
    public static void Configure(DbContextOptionsBuilder builder, string databasePath, int busyTimeoutSeconds)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            // Seconds a statement waits on another writer's lock before failing with SQLITE_BUSY (mapped to a 503).
            // Short on purpose: the wait blocks a thread, and writes here take milliseconds.
            DefaultTimeout = busyTimeoutSeconds,
        }.ToString();
        builder.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup(databasePath));
    }
}
