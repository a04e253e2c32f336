using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Api;

[TestFixture]
public sealed class CorsTests
{
    [Test]
    public async Task ConfiguredOrigin_IsAllowed_AndOthersAreNot()
    {
        await using var service = new TestService(new Dictionary<string, string?> { ["Api:CorsAllowedOrigins:0"] = "https://app.example" });
        using var client = service.CreateClient();

        Assert.That(await AllowedOriginAsync(client, "https://app.example"), Is.EqualTo("https://app.example"));
        Assert.That(await AllowedOriginAsync(client, "https://evil.example"), Is.Null);
    }

    private static async Task<string?> AllowedOriginAsync(HttpClient client, string origin)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/v1/compare", UriKind.Relative));
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await client.SendAsync(preflight);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }
}
