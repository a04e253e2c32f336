using Serilog.Context;

namespace FaceRecognition.Api.Middleware;

/// <summary>
/// Gives every request a correlation id: the client's <c>X-Correlation-Id</c> header when it is sane, else a new one.
/// It is echoed back, put in problem bodies, and carried by every log line of the request (the request line too).
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
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

        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
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
