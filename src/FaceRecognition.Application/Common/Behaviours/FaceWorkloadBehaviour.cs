using MediatR;

namespace FaceRecognition.Application.Common.Behaviours;

/// <summary>Runs <see cref="IFaceWorkload"/> requests through the <see cref="FaceWorkloadLimiter"/>; others pass straight through.</summary>
public sealed class FaceWorkloadBehaviour<TRequest, TResponse>(FaceWorkloadLimiter limiter) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is not IFaceWorkload)
        {
            return await next();
        }

        await limiter.WaitAsync(cancellationToken);
        try
        {
            return await next();
        }
        finally
        {
            limiter.Release();
        }
    }
}
