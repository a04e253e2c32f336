using Microsoft.AspNetCore.Mvc;

namespace FaceRecognition.Api.Errors;

/// <summary>
/// An MVC result that writes a problem through <see cref="ProblemJsonWriter"/>. Not an ObjectResult on purpose: a
/// controller's <c>[Produces("application/json")]</c> rewrites an ObjectResult's content type, this it cannot.
/// </summary>
public sealed class ProblemResult(ProblemDetails problem) : IActionResult
{
    public ProblemDetails Problem { get; } = problem;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        http.Response.StatusCode = Problem.Status ?? StatusCodes.Status400BadRequest;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = Problem }).AsTask();
    }
}
