using System.Data.Common;
using System.Net.Sockets;
using Dapper;
using FaceRecognition.Infrastructure.Persistence.Migrations;
using MySql.Data.MySqlClient;

namespace FaceRecognition.Infrastructure.Persistence.Dialects;

/// <summary>
/// MySQL / MariaDB through Oracle Connector/NET 8.0.16. That version implements the *Async methods synchronously
/// (they block the calling thread for the round trip); acceptable here, and the code is ready for a connector that
/// does real async I/O.
/// </summary>
internal sealed class MySqlDialect : ISqlDialect
{
    private const string MigrationLockName = "facerecognition_schema_migrations";
    private const int MigrationLockWaitSeconds = 60;

    // Server and client error numbers that mean "the server is not reachable / went away / timed out".
    private static readonly HashSet<int> UnavailableErrorNumbers =
    [
        1040, // ER_CON_COUNT_ERROR: too many connections
        1042, // Unable to connect to any of the specified MySQL hosts (Connector/NET)
        1053, // ER_SERVER_SHUTDOWN
        1152, // ER_ABORTING_CONNECTION
        1205, // ER_LOCK_WAIT_TIMEOUT
        1927, // ER_CONNECTION_KILLED (MariaDB)
        2002, // CR_CONNECTION_ERROR
        2003, // CR_CONN_HOST_ERROR
        2006, // CR_SERVER_GONE_ERROR
        2013, // CR_SERVER_LOST
        4031, // ER_CLIENT_INTERACTION_TIMEOUT
    ];

    private const int DuplicateEntry = 1062; // ER_DUP_ENTRY

    private readonly string _connectionString;

    public MySqlDialect(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.CharacterSet))
        {
            builder.CharacterSet = "utf8mb4";
        }

        _connectionString = builder.ConnectionString;
    }

    public string ProviderName => nameof(StorageProvider.MySql);

    public string LastInsertIdExpression => "LAST_INSERT_ID()";

    public string LockRowsSuffix => " FOR UPDATE";

    public string UpsertSubjectSql => """
        INSERT INTO subjects (gallery_id, external_id, name, created_at)
        VALUES (@GalleryId, @ExternalId, @Name, @CreatedAt)
        ON DUPLICATE KEY UPDATE name = @Name;
        """;

    public IReadOnlyList<Migration> Migrations => MySqlMigrations.All;

    public string CreateSchemaMigrationsTableSql => MySqlMigrations.CreateSchemaMigrationsTable;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new MySqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // A pooled connection may predate a server restart; a ping finds that out before a statement fails on it.
            if (!connection.Ping())
            {
                await connection.DisposeAsync();
                MySqlConnection.ClearAllPools();
                connection = new MySqlConnection(_connectionString);
                await connection.OpenAsync(cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(cancellationToken);
    }

    public async Task RunExclusiveAsync(DbConnection connection, Func<DbTransaction?, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(work);
        // DDL commits implicitly on MySQL, so a transaction cannot serialise migrations; a named server lock does.
        var granted = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT GET_LOCK(@name, @seconds);",
            new { name = MigrationLockName, seconds = MigrationLockWaitSeconds },
            cancellationToken: cancellationToken));
        if (granted != 1)
        {
            throw new TimeoutException($"Another instance held the schema migration lock for more than {MigrationLockWaitSeconds} s.");
        }

        try
        {
            // Re-running a guarded script raises notes ("table already exists"). Connector/NET 8.0.16 fetches them
            // with SHOW WARNINGS and fails to parse MariaDB's reply (KeyNotFoundException on charset 0), so notes
            // are switched off while migrating.
            await connection.ExecuteAsync(new CommandDefinition("SET SESSION sql_notes = 0;", cancellationToken: cancellationToken));
            await work(null);
        }
        finally
        {
            await connection.ExecuteAsync("SET SESSION sql_notes = 1; DO RELEASE_LOCK(@name);", new { name = MigrationLockName });
        }
    }

    public bool IsUniqueViolation(Exception exception) =>
        exception is MySqlException { Number: DuplicateEntry };

    public bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case MySqlException mySql when UnavailableErrorNumbers.Contains(mySql.Number):
                case SocketException:
                case IOException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    public void ForgetBrokenConnections() => MySqlConnection.ClearAllPools();
}
