using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>
/// What a database failure means, decided from the providers' typed exceptions and error codes (never from message
/// text). Each check walks the inner exceptions, since EF wraps them (DbUpdateException, RetryLimitExceededException).
/// </summary>
internal static class DatabaseErrors
{
    // SQLite result codes (sqlite3.h): primary codes, then the extended ones for constraint kinds.
    private const int SqlitePermission = 3;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    // MySQL / MariaDB server error numbers without a MySqlErrorCode member, and client (CR_*) numbers.
    private const int MariaDbConnectionKilled = 1927;
    private const int ClientConnectionError = 2002;
    private const int ClientHostError = 2003;
    private const int ClientServerGone = 2006;
    private const int ClientServerLost = 2013;
    private const int ClientInteractionTimeout = 4031;

    private const string MySqlConnectorAssembly = "MySqlConnector";

    /// <summary>A UNIQUE or PRIMARY KEY constraint refused the write.</summary>
    public static bool IsUniqueViolation(Exception exception) => Any(exception, e => e switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } s => s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        MySqlException m => m.ErrorCode == MySqlErrorCode.DuplicateKeyEntry,
        _ => false,
    });

    /// <summary>A FOREIGN KEY constraint refused the write: the parent row (gallery, subject) is gone.</summary>
    public static bool IsForeignKeyViolation(Exception exception) => Any(exception, e => e switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } s => s.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        MySqlException m => m.ErrorCode is MySqlErrorCode.NoReferencedRow2 or MySqlErrorCode.RowIsReferenced2
            or MySqlErrorCode.NoReferencedRow or MySqlErrorCode.RowIsReferenced,
        _ => false,
    });

    /// <summary>Another writer held the lock for longer than the busy timeout (SQLite) or lock wait timeout (MySQL).</summary>
    public static bool IsBusy(Exception exception) => Any(exception, e => e switch
    {
        SqliteException s => s.SqliteErrorCode is SqliteBusy or SqliteLocked,
        MySqlException m => m.ErrorCode == MySqlErrorCode.LockWaitTimeout,
        _ => false,
    });

    /// <summary>The connection broke during the call (killed by the server, server restarted, network dropped).</summary>
    public static bool IsConnectionLost(Exception exception) => Any(exception, e => e switch
    {
        MySqlException m => m.Number is MariaDbConnectionKilled or ClientServerGone or ClientServerLost or ClientInteractionTimeout
            || m.ErrorCode is MySqlErrorCode.ServerShutdown or MySqlErrorCode.AbortingConnection
            || m.InnerException is IOException or SocketException,
        IOException or SocketException => true,
        // MySqlConnector refuses to use a connection it has marked broken (e.g. at COMMIT, after the server killed it).
        InvalidOperationException { Source: MySqlConnectorAssembly } => true,
        _ => false,
    });

    /// <summary>The database cannot be used right now, as opposed to a statement it refused.</summary>
    public static bool IsUnavailable(Exception exception) =>
        IsConnectionLost(exception) || Any(exception, e => e switch
        {
            SqliteException s => s.SqliteErrorCode is SqliteReadOnly or SqliteIoError or SqliteFull or SqliteCantOpen or SqlitePermission,
            MySqlException m => m.Number is ClientConnectionError or ClientHostError
                || m.ErrorCode is MySqlErrorCode.UnableToConnectToHost or MySqlErrorCode.ConnectionCountError,
            UnauthorizedAccessException or TimeoutException => true,
            _ => false,
        });

    private static bool Any(Exception? exception, Func<Exception, bool> test)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (test(current))
            {
                return true;
            }
        }

        return false;
    }
}
