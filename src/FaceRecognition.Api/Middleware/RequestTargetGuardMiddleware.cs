using Microsoft.AspNetCore.Http.Features;

namespace FaceRecognition.Api.Middleware;

/// <summary>Applies <see cref="RequestTargetRules"/> to the raw target, before routing; refusals become problems.</summary>
public sealed class RequestTargetGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        var refusal = RequestTargetRules.Check(rawTarget);
        return refusal is null ? next(context) : throw refusal;
    }
}
