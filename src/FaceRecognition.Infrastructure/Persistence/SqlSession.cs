using System.Data.Common;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Infrastructure.Persistence.Dialects;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>
/// Opens a connection per call and turns "cannot reach the database" failures into
/// <see cref="StorageUnavailableException"/>; every other failure propagates unchanged.
/// </summary>
internal sealed class SqlSession(ISqlDialect dialect)
{
    public ISqlDialect Dialect => dialect;

    public async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            return await work(connection);
        }
        catch (Exception exception) when (dialect.IsUnavailable(exception))
        {
            throw Unavailable(exception);
        }
    }

    public Task RunAsync(Func<DbConnection, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync<bool>(
            async connection =>
            {
                await work(connection);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction, committing when it returns.</summary>
    public Task<T> RunInWriteTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(
            async connection =>
            {
                await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken);
                var result = await work(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return result;
            },
            cancellationToken);
    }

    /// <summary>
    /// Builds the exception for an unreachable database and drops pooled connections, so the first call after the
    /// server returns opens a fresh one. The message names the provider and the cause, never the connection string.
    /// </summary>
    public StorageUnavailableException Unavailable(Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        dialect.ForgetBrokenConnections();
        var root = cause;
        while (root.InnerException is not null && root.Message.StartsWith("Fatal error", StringComparison.Ordinal))
        {
            root = root.InnerException;
        }

        return new StorageUnavailableException($"The {dialect.ProviderName} database cannot be reached: {root.Message}", cause);
    }
}
