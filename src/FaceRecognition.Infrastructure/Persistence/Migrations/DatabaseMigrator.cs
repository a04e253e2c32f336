using Dapper;
using FaceRecognition.Infrastructure.Persistence.Dialects;
using Microsoft.Extensions.Logging;

namespace FaceRecognition.Infrastructure.Persistence.Migrations;

/// <summary>
/// Brings the schema up to the newest version, recording each applied step in <c>schema_migrations</c>. Safe to run
/// again (applied versions are skipped) and from two instances at once (they take turns on a database-wide lock).
/// </summary>
public sealed class DatabaseMigrator
{
    private readonly SqlSession _session;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DatabaseMigrator> _logger;
    private volatile bool _isUpToDate;

    internal DatabaseMigrator(SqlSession session, TimeProvider timeProvider, ILogger<DatabaseMigrator> logger)
    {
        _session = session;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>True once a migration run has completed in this process.</summary>
    public bool IsUpToDate => _isUpToDate;

    /// <summary>Applies the missing migrations; returns the versions applied by this call (empty when none were due).</summary>
    /// <exception cref="Application.Common.Exceptions.StorageUnavailableException">The database cannot be reached.</exception>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        var dialect = _session.Dialect;
        var applied = await _session.RunAsync(
            async connection =>
            {
                var appliedNow = new List<int>();
                await dialect.RunExclusiveAsync(
                    connection,
                    async transaction =>
                    {
                        await connection.ExecuteAsync(new CommandDefinition(dialect.CreateSchemaMigrationsTableSql, transaction: transaction, cancellationToken: cancellationToken));
                        var done = (await connection.QueryAsync<long>(new CommandDefinition(
                            "SELECT version FROM schema_migrations;", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
                        foreach (var migration in dialect.Migrations.Where(m => !done.Contains(m.Version)).OrderBy(m => m.Version))
                        {
                            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
                            await connection.ExecuteAsync(new CommandDefinition(
                                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@Version, @Description, @AppliedAt);",
                                new { migration.Version, migration.Description, AppliedAt = UtcClock.Now(_timeProvider) },
                                transaction,
                                cancellationToken: cancellationToken));
                            appliedNow.Add(migration.Version);
                        }
                    },
                    cancellationToken);
                return appliedNow;
            },
            cancellationToken);

        _isUpToDate = true;
        if (applied.Count > 0)
        {
            _logger.LogInformation("Applied {Provider} schema migrations {Versions}", dialect.ProviderName, string.Join(", ", applied));
        }
        else
        {
            _logger.LogDebug("{Provider} schema is up to date", dialect.ProviderName);
        }

        return applied;
    }
}
