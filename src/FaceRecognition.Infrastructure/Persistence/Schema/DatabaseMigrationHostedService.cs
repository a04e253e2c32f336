using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Persistence.Schema;

/// <summary>
/// Migrates at start-up (or, with <c>Storage:ApplyMigrationsOnStartup=false</c>, checks that nothing is due). When the
/// database is down the service still starts: it logs, keeps retrying in the background with growing pauses, and
/// the database health check reports unhealthy until a run succeeds.
/// </summary>
internal sealed class DatabaseMigrationHostedService(
    DatabaseMigrator migrator,
    IOptions<StorageOptions> options,
    ILogger<DatabaseMigrationHostedService> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _retryLoop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await TryOnceAsync(cancellationToken))
        {
            return;
        }

        _retryLoop = Task.Run(() => RetryUntilCurrentAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_retryLoop is not null)
        {
            await _retryLoop.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RetryUntilCurrentAsync(CancellationToken stopping)
    {
        var delay = FirstRetryDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await TryOnceAsync(stopping))
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
    }

    // Any failure (unreachable server, wrong credentials, a failing migration) must not stop the host; it is logged and retried.
#pragma warning disable CA1031 // Catching everything is the point: start-up must survive a broken database.
    private async Task<bool> TryOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (options.Value.ApplyMigrationsOnStartup)
            {
                await migrator.MigrateAsync(cancellationToken);
                return true;
            }

            return await migrator.VerifyAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Database migration failed; the service reports unhealthy and retries in the background");
            return false;
        }
    }
#pragma warning restore CA1031
}
