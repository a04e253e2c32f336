using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FaceRecognition.Infrastructure.Persistence.MySql;

/// <summary>
/// Pomelo's retrying strategy (deadlocks and Galera certification conflicts are error 1213, lock wait timeouts,
/// too many connections, cannot connect) plus a connection that was killed or lost mid-call, which MySqlConnector
/// does not flag as transient. Each retry runs the whole unit of work again on a fresh connection.
/// </summary>
internal sealed class MySqlRetryStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount)
    : MySqlRetryingExecutionStrategy(dependencies, maxRetryCount, LongestPause, errorNumbersToAdd: null)
{
    /// <summary>Kept short: a request waits through the retries before it can answer 503.</summary>
    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

    protected override bool ShouldRetryOn(Exception exception) =>
        base.ShouldRetryOn(exception) || DatabaseErrors.IsConnectionLost(exception);
}
