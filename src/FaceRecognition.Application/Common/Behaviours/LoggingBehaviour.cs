using MediatR;
using Microsoft.Extensions.Logging;

namespace FaceRecognition.Application.Common.Behaviours;

/// <summary>Logs which use case runs; request bodies are never logged (they hold photos and passwords).</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        logger.LogDebug("Handling {UseCase}", typeof(TRequest).Name);
        try
        {
            return await next();
        }
        catch (Exception ex) when (LogFailure(ex))
        {
            throw;
        }
    }

    // Expected outcomes (validation, no face, not found…) are client errors, logged at Information by the API layer.
    private bool LogFailure(Exception ex)
    {
        logger.LogDebug("{UseCase} ended with {Exception}", typeof(TRequest).Name, ex.GetType().Name);
        return false;
    }
}
