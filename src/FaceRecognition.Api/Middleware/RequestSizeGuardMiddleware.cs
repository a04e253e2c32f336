using FaceRecognition.Api.Configuration;
using FaceRecognition.Api.Errors;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Middleware;

/// <summary>Refuses a body whose declared length is over the limit before reading a byte of it.</summary>
public sealed class RequestSizeGuardMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new UploadTooLargeException(
                $"The request body is {context.Request.ContentLength} bytes; the limit is {limit} bytes ({limit / (1024 * 1024)} MB). Send smaller or fewer images.");
        }

        return next(context);
    }
}
