using System.Net;
using System.Text.Json;

namespace FaceRecognition.IntegrationTests.Support;

/// <summary>Checks that a response is an RFC 9457 problem with the expected status, and returns its JSON.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.That(json.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(json.TryGetProperty("title", out _), Is.True, body);
        Assert.That(body, Does.Not.Contain("   at "), "no stack trace outside Development");
        return json;
    }
}
