using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaceRecognition.Api.Health;

/// <summary>
/// The JSON bodies of the health routes: <c>{"status":"live"}</c>, and for readiness
/// <c>{"status":"ready"|"not_ready","checks":{"models":{"status":"ok"|"failing","detail":…},…}}</c>.
/// </summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Task WriteLiveAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new { status = "live" }, Json);
    }

    public static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var checks = report.Entries.ToDictionary(
            e => e.Key,
            e => new Check(Describe(e.Value.Status), e.Value.Description),
            StringComparer.Ordinal);
        var body = new Readiness(report.Status == HealthStatus.Unhealthy ? "not_ready" : "ready", checks);
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(body, Json);
    }

    private static string Describe(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "degraded",
        _ => "failing",
    };

    private sealed record Check(string Status, string? Detail);

    private sealed record Readiness(string Status, IReadOnlyDictionary<string, Check> Checks);
}
