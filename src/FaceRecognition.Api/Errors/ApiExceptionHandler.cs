using FaceRecognition.Application.Common.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace FaceRecognition.Api.Errors;

/// <summary>Writes every exception that escapes a request as a problem response (see <see cref="ProblemMapping"/>).</summary>
public sealed class ApiExceptionHandler(
    IProblemDetailsService problemDetails,
    IHostEnvironment environment,
    ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = ProblemMapping.ToProblem(exception, environment.IsDevelopment());
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;

        // The target as sent (still percent-encoded): the decoded path of a refused request may hold a line break.
        var target = httpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? httpContext.Request.Path.ToString();
        if (status >= 500 && exception is not StorageUnavailableException and not StorageBusyException and not ServiceNotReadyException)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Target}", httpContext.Request.Method, target);
        }
        else
        {
            logger.LogInformation("{Method} {Target} refused: {Status} {Title} {Detail}",
                httpContext.Request.Method, target, status, problem.Title, problem.Detail);
        }

        switch (exception)
        {
            case AccountLockedException locked:
                httpContext.Response.Headers.RetryAfter = RetryAfterSeconds(locked.RetryAfter);
                break;
            case RequestRefusedException { RetryAfter: { } retryAfter }:
                httpContext.Response.Headers.RetryAfter = RetryAfterSeconds(retryAfter);
                break;
            case StorageUnavailableException or ServiceNotReadyException:
                httpContext.Response.Headers.RetryAfter = "5";
                break;
            case StorageBusyException:
                httpContext.Response.Headers.RetryAfter = "1";
                break;
            case AuthenticationFailedException:
                httpContext.Response.Headers.WWWAuthenticate = "Bearer";
                break;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
