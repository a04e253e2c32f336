using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaceRecognition.Api.Health;

/// <summary>
/// ASP.NET Core health checks on two routes (no API key): <c>/health/live</c> runs no check (the process answers),
/// <c>/health/ready</c> runs every registered check — "database" (Infrastructure), "models" and "index" (here) —
/// and answers 503 when one is unhealthy.
/// </summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ModelsHealthCheck>(ModelsHealthCheck.Name)
            .AddCheck<IndexHealthCheck>(IndexHealthCheck.Name);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteLiveAsync,
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteReadinessAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }
}
