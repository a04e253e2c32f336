using System.Net;
using System.Text.Json;

namespace FaceRecognition.IntegrationTests.Auth;

internal static class AuthJson
{
    /// <summary>Asserts a token response with the given status and returns the access token.</summary>
    public static async Task<string> TokenAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("token_type").GetString(), Is.EqualTo("bearer"));
            Assert.That(json.GetProperty("expires_in").GetInt32(), Is.EqualTo(1800));
        });
        return json.GetProperty("access_token").GetString()!;
    }

    /// <summary>The problem body without the per-request ids, for comparing two failures.</summary>
    public static async Task<string> ProblemWithoutIdsAsync(HttpResponseMessage response)
    {
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var kept = json.EnumerateObject()
            .Where(p => p.Name is not ("traceId" or "correlationId"))
            .ToDictionary(p => p.Name, p => p.Value.ToString());
        return JsonSerializer.Serialize(kept);
    }
}
