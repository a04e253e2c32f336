using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FaceRecognition.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Creates the database's folder before a connection opens (a failure surfaces as a storage error on that call, not
/// at start-up) and switches the file to WAL once, so readers (index loads) run while a writer commits.
/// </summary>
internal sealed class SqliteConnectionSetup(string databasePath) : DbConnectionInterceptor
{
    private readonly string _directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
    private volatile bool _walSet;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Directory.CreateDirectory(_directory);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_directory);
        return ValueTask.FromResult(result);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => EnsureWal(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EnsureWal(connection);
        return Task.CompletedTask;
    }

    // The journal mode is stored in the file, so once per process is enough; Microsoft.Data.Sqlite is synchronous anyway.
    private void EnsureWal(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (_walSet)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteScalar();
        _walSet = true;
    }
}
