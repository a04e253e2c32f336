using System.Diagnostics;
using FaceRecognition.Application.Common.Options;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Common.Behaviours;

/// <summary>Warns about use cases slower than <see cref="ApplicationOptions.SlowRequestWarningMs"/>.</summary>
public sealed class PerformanceBehaviour<TRequest, TResponse>(
    ILogger<PerformanceBehaviour<TRequest, TResponse>> logger,
    IOptions<ApplicationOptions> options)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > options.Value.SlowRequestWarningMs)
        {
            logger.LogWarning("Slow use case {UseCase}: {ElapsedMs:0} ms (warning threshold {ThresholdMs} ms)",
                typeof(TRequest).Name, elapsed.TotalMilliseconds, options.Value.SlowRequestWarningMs);
        }

        return response;
    }
}
