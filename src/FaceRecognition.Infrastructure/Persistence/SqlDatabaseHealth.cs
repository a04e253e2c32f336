using Dapper;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Persistence.Migrations;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Healthy when the schema has been migrated in this process and a trivial query answers now.</summary>
internal sealed class SqlDatabaseHealth(SqlSession session, DatabaseMigrator migrator) : IDatabaseHealth
{
    public string Provider => session.Dialect.ProviderName;

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        if (!migrator.IsUpToDate)
        {
            return false;
        }

        try
        {
            return await session.RunAsync(
                async connection => await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1;", cancellationToken: cancellationToken)) == 1,
                cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return false;
        }
    }
}
