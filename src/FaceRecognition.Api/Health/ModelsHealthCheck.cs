using FaceRecognition.Application.Common.Interfaces;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaceRecognition.Api.Health;

/// <summary>Readiness entry "models": loaded, and on which execution provider (with the reason for a CPU fallback).</summary>
public sealed class ModelsHealthCheck(IInferenceStatus inference) : IHealthCheck
{
    public const string Name = "models";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!inference.ModelsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("models not loaded"));
        }

        var fallback = inference.FallbackReason is null
            ? string.Empty
            : $" (CUDA requested but unavailable, fell back to CPU: {inference.FallbackReason})";
        return Task.FromResult(HealthCheckResult.Healthy($"execution provider {inference.ExecutionProvider}{fallback}"));
    }
}
