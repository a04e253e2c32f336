using FaceRecognition.Application.Common.Interfaces;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaceRecognition.Api.Health;

/// <summary>Readiness entry "index": the search index has finished its start-up load from the database.</summary>
public sealed class IndexHealthCheck(IFaceIndex index) : IHealthCheck
{
    public const string Name = "index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsLoaded ? HealthCheckResult.Healthy("index loaded") : HealthCheckResult.Unhealthy("index still loading"));
}
