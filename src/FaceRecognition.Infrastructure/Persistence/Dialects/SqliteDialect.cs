using System.Data.Common;
using FaceRecognition.Infrastructure.Persistence.Migrations;
using Microsoft.Data.Sqlite;

namespace FaceRecognition.Infrastructure.Persistence.Dialects;

/// <summary>SQLite through Microsoft.Data.Sqlite: one file, WAL journal, writers serialised by immediate transactions.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    // SQLite primary result codes (sqlite3.h) that mean the file cannot be used right now, as opposed to a bad statement.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqlitePermission = 3;
    private const int SqliteConstraint = 19;

    // Extended result codes for UNIQUE and PRIMARY KEY violations (as opposed to NOT NULL or foreign keys).
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    private readonly string _connectionString;
    private readonly string _directory;
    private volatile bool _journalModeSet;

    public SqliteDialect(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _directory = Path.GetDirectoryName(DatabasePath)!;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            // Seconds a statement waits on another writer's lock before failing with SQLITE_BUSY.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public string ProviderName => nameof(StorageProvider.Sqlite);

    public string LastInsertIdExpression => "last_insert_rowid()";

    // BEGIN IMMEDIATE already holds the database's single write lock, so reads inside it are stable.
    public string LockRowsSuffix => string.Empty;

    public string UpsertSubjectSql => """
        INSERT INTO subjects (gallery_id, external_id, name, created_at)
        VALUES (@GalleryId, @ExternalId, @Name, @CreatedAt)
        ON CONFLICT (gallery_id, external_id) DO UPDATE SET name = excluded.name;
        """;

    public IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public string CreateSchemaMigrationsTableSql => SqliteMigrations.CreateSchemaMigrationsTable;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!_journalModeSet)
            {
                // WAL lets readers (index rebuilds) run while a writer commits; the mode is stored in the file.
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode = WAL;";
                await command.ExecuteScalarAsync(cancellationToken);
                _journalModeSet = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // deferred: false issues BEGIN IMMEDIATE, taking the write lock before the first read.
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    public async Task RunExclusiveAsync(DbConnection connection, Func<DbTransaction?, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        // DDL is transactional in SQLite, so the whole migration run is one immediate transaction: a second process
        // waits for the lock and then sees the versions already recorded.
        await using var transaction = await BeginWriteTransactionAsync(connection, cancellationToken);
        await work(transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
        && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    public bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoError or SqliteFull or SqliteCantOpen or SqlitePermission }:
                case IOException:
                case UnauthorizedAccessException:
                    return true;
            }
        }

        return false;
    }

    public void ForgetBrokenConnections() => SqliteConnection.ClearAllPools();
}
