using System.Net;
using System.Text.Json;

namespace FaceRecognition.IntegrationTests.Support;

/// <summary>
/// Checks that a response is an RFC 9457 problem with the expected status, carrying what every problem of this service
/// carries (type, title, instance, the W3C trace id and the correlation id echoed in the header), and returns its JSON.
/// </summary>
public static class ProblemAssert
{
    public const string ContentType = "application/problem+json";

    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(ContentType), body);
        var correlationHeader = response.Headers.TryGetValues("X-Correlation-Id", out var values) ? values.Single() : null;
        return IsProblemBody(body, (int)status, correlationHeader);
    }

    /// <summary>The body checks, for responses read off a raw socket as well as through HttpClient.</summary>
    public static JsonElement IsProblemBody(string body, int status, string? correlationHeader)
    {
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.That(json.GetProperty("status").GetInt32(), Is.EqualTo(status), body);
        Assert.That(json.GetProperty("type").GetString(), Is.Not.Empty, body);
        Assert.That(json.GetProperty("title").GetString(), Is.Not.Empty, body);
        Assert.That(json.GetProperty("instance").GetString(), Does.StartWith("/"), body);
        Assert.That(json.GetProperty("traceId").GetString(), Does.Match("^[0-9a-f]{32}$"), "the W3C trace id the logs carry");
        Assert.That(json.GetProperty("correlationId").GetString(), Is.Not.Empty.And.EqualTo(correlationHeader), "the correlation id echoed in X-Correlation-Id");
        Assert.That(body, Does.Not.Contain("   at "), "no stack trace outside Development");
        return json;
    }
}
