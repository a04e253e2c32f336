using System.Diagnostics;

namespace FaceRecognition.Api.Middleware;

/// <summary>
/// One log line per request (method, path, status, elapsed ms, correlation id). The correlation id comes from the
/// client's <c>X-Correlation-Id</c> header when it is sane, else a new one; it is echoed back and put in problem bodies.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var correlationId = CorrelationIdFrom(context);
        context.Items[HeaderName] = correlationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });

        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms [{CorrelationId}]",
                    context.Request.Method,
                    context.Request.Path.Value,
                    context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    correlationId);
            }
        }
    }

    private static string CorrelationIdFrom(HttpContext context)
    {
        var supplied = context.Request.Headers[HeaderName].ToString();
        return supplied.Length is > 0 and <= 64 && supplied.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? supplied
            : Guid.NewGuid().ToString("N");
    }
}
