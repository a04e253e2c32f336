using System.Net;
using System.Text.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Api;

[TestFixture]
public sealed class ServiceSurfaceTests : ServiceFixture
{
    private static readonly string[] ReadinessChecks = ["models", "database", "index"];

    // These endpoints need no API key, so they are called without one.
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void CreateClientWithoutApiKey() => _client = Service.CreateClient();

    [OneTimeTearDown]
    public void DisposeClientWithoutApiKey() => _client.Dispose();

    [Test]
    public async Task Root_ReturnsServiceNameVersionAndStatus()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/", UriKind.Relative))).RootElement;
        Assert.That(json.GetProperty("service").GetString(), Is.EqualTo("FaceRecognition"));
        Assert.That(json.GetProperty("version").GetString(), Does.Match(@"^\d+\.\d+\.\d+"));
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("ok"));
    }

    [Test]
    public async Task HealthLive_ReturnsOk_WithoutApiKey()
    {
        using var response = await _client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("live"));
    }

    [Test]
    public async Task HealthReady_ReportsModelsDatabaseAndIndex()
    {
        using var response = await _client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("ready"));
        var checks = root.GetProperty("checks");
        Assert.That(checks.GetProperty("models").GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(checks.GetProperty("models").GetProperty("detail").GetString(), Does.Contain("Cpu"));
        Assert.That(checks.GetProperty("database").GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(checks.GetProperty("database").GetProperty("detail").GetString(), Is.EqualTo(Service.StorageProvider));
        Assert.That(checks.GetProperty("index").GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(checks.EnumerateObject().Select(c => c.Name), Is.EquivalentTo(ReadinessChecks));
    }

    [Test]
    public async Task Docs_RenderSwaggerUi_AndTheOpenApiDocumentListsTheEndpoints()
    {
        var page = await _client.GetStringAsync(new Uri("/docs/index.html", UriKind.Relative));
        Assert.That(page, Does.Contain("swagger-ui"));
        var document = await _client.GetStringAsync(new Uri("/docs/v1/openapi.json", UriKind.Relative));
        Assert.That(document, Does.Contain("/api/v1/compare"));
        Assert.That(document, Does.Contain("/api/v1/galleries/{gallery}/match"));
    }
}
