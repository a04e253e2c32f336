using FaceRecognition.Api.Middleware;
using FaceRecognition.Application.Common.Interfaces;
using Microsoft.AspNetCore.Mvc;

namespace FaceRecognition.Api.Controllers;

/// <summary>Liveness (the process answers) and readiness (models, database and search index usable).</summary>
[ApiController]
[AllowWithoutApiKey]
[Route("health")]
public sealed class HealthController(IInferenceStatus inference, IDatabaseHealth database, IFaceIndex index) : ControllerBase
{
    public sealed record Check(string Status, string? Detail);

    public sealed record Readiness(string Status, IReadOnlyDictionary<string, Check> Checks);

    [HttpGet("live")]
    public IActionResult Live() => Ok(new { status = "live" });

    [HttpGet("ready")]
    public async Task<IActionResult> Ready(CancellationToken cancellationToken)
    {
        var models = inference.ModelsLoaded
            ? new Check("ok", $"execution provider {inference.ExecutionProvider}" + (inference.FallbackReason is null ? string.Empty : $" (fallback: {inference.FallbackReason})"))
            : new Check("failing", "models not loaded");
        var db = await database.CanConnectAsync(cancellationToken)
            ? new Check("ok", database.Provider)
            : new Check("failing", $"{database.Provider} cannot be reached");
        var search = index.IsLoaded ? new Check("ok", "index loaded") : new Check("failing", "index still loading");

        var checks = new Dictionary<string, Check>(StringComparer.Ordinal)
        {
            ["models"] = models,
            ["database"] = db,
            ["index"] = search,
        };
        var ready = checks.Values.All(c => c.Status == "ok");
        return StatusCode(ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
            new Readiness(ready ? "ready" : "not_ready", checks));
    }
}
