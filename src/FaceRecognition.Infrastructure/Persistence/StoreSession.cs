using System.Data.Common;
using FaceRecognition.Application.Common.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>
/// Runs one unit of store work on a pooled context and turns "the database cannot be used right now" into the
/// Application's exceptions: <see cref="StorageBusyException"/> for a lock held too long,
/// <see cref="StorageUnavailableException"/> for an unreachable database. Every other failure propagates unchanged.
/// </summary>
internal sealed class StoreSession(IDbContextFactory<FaceRecognitionDbContext> contexts, StorageProvider provider)
{
    public StorageProvider Provider => provider;

    public async Task<T> RunAsync<T>(Func<FaceRecognitionDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // One connection for all the statements of this unit of work (EF would otherwise open and close the pooled
            // connection around each one); it goes back to the pool when the context is disposed.
            await db.Database.OpenConnectionAsync(cancellationToken);
            return await work(db);
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>A context for a caller that streams (and so cannot use <see cref="RunAsync{T}"/>); dispose it.</summary>
    public async Task<FaceRecognitionDbContext> OpenContextAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await contexts.CreateDbContextAsync(cancellationToken);
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>The Application exception for a database that cannot be used now, or null for any other failure.</summary>
    public Exception? Translate(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (DatabaseErrors.IsBusy(exception))
        {
            return new StorageBusyException($"The {provider} database is busy with other writes.", exception);
        }

        // The message names the provider and the driver's own cause, never the connection string.
        return DatabaseErrors.IsUnavailable(exception)
            ? new StorageUnavailableException($"The {provider} database cannot be reached: {RootCause(exception).Message}", exception)
            : null;
    }

    private static Exception RootCause(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException or IOException or UnauthorizedAccessException)
            {
                return current;
            }
        }

        return exception;
    }
}
