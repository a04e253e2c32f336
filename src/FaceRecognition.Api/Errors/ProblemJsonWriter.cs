using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaceRecognition.Api.Middleware;
using Microsoft.AspNetCore.Mvc;

namespace FaceRecognition.Api.Errors;

/// <summary>
/// Writes every problem response of the service, whoever raised it (exception handler, model binding, API key filter,
/// bearer challenge, rate limiter, status code pages): RFC 9457 <c>application/problem+json</c> whatever the client's
/// <c>Accept</c> says, with <c>type</c>, <c>instance</c>, the W3C trace id and the correlation id the logs carry.
/// Registered ahead of the framework's writers, so it is the only one that ever runs.
/// </summary>
public sealed class ProblemJsonWriter : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    // Relaxed escaping as MVC's own JSON output uses ("'" stays "'"); control characters are still escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        Complete(problem, http);
        http.Response.ContentType = ContentType;
        return new ValueTask(JsonSerializer.SerializeAsync(http.Response.Body, problem, problem.GetType(), Json, http.RequestAborted));
    }

    /// <summary>Fills in what every problem carries; a field already set by the one who raised it is kept.</summary>
    public static void Complete(ProblemDetails problem, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(http);
        var status = problem.Status ??= http.Response.StatusCode;
        problem.Type ??= ProblemTypes.For(status);
        problem.Title ??= ProblemTypes.TitleFor(status);
        problem.Detail ??= DefaultDetail(status, http.Request);
        problem.Instance ??= http.Request.Path.Value;

        var traceId = Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
        problem.Extensions["traceId"] = traceId;
        problem.Extensions["correlationId"] = http.Items.TryGetValue(CorrelationIdMiddleware.HeaderName, out var id) && id is string correlation
            ? correlation
            : traceId;
    }

    // Answers the framework gives without a body of its own (no route, wrong method, wrong content type).
    private static string? DefaultDetail(int status, HttpRequest request) => status switch
    {
        StatusCodes.Status404NotFound => $"There is no endpoint at {request.Path}. See /docs for the API.",
        StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}. See /docs for the methods each path accepts.",
        StatusCodes.Status415UnsupportedMediaType => "Send this request as multipart/form-data (files) or application/json as documented at /docs.",
        _ => null,
    };
}
