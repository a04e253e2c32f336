using FaceRecognition.Infrastructure.Persistence.Schema;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>
/// The readiness entry "database": EF Core's DbContext check (can a connection be opened and used), reported
/// unhealthy until this process has migrated or verified the schema, and described by provider name.
/// </summary>
internal sealed class DatabaseHealthCheck(IHealthCheck efCheck, SchemaStatus schema, StorageProvider provider) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!schema.IsCurrent)
        {
            return HealthCheckResult.Unhealthy($"{provider} schema not migrated yet");
        }

        var result = await efCheck.CheckHealthAsync(context, cancellationToken);
        return result.Status == HealthStatus.Healthy
            ? HealthCheckResult.Healthy(provider.ToString())
            : new HealthCheckResult(result.Status, $"{provider} cannot be reached", result.Exception);
    }
}
