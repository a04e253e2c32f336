using System.Text.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Attacks;

/// <summary>
/// Request targets sent byte for byte over a socket. Kestrel resolves dot segments (also %2e-encoded) before routing,
/// so these must be refused from the raw target before anything acts on the rewritten path.
/// </summary>
[TestFixture]
public sealed class RequestTargetAttackTests
{
    private static string ApiKeyHeader => $"X-Api-Key: {TestService.ApiKey}";

    [TearDown]
    public Task ServiceKeepsServing() => AttackServer.AssertStillServingAsync();

    [TestCase("DELETE", "/api/v1/galleries/target/subjects/..")]
    [TestCase("DELETE", "/api/v1/galleries/target/subjects/%2e%2e")]
    [TestCase("DELETE", "/api/v1/galleries/target/subjects/%2E%2e")]
    [TestCase("DELETE", "/api/v1/galleries/target/subjects/.%2E")]
    [TestCase("DELETE", "/api/v1/galleries/target/subjects/victim/faces/../..")]
    [TestCase("DELETE", "/api/v1/galleries/other/../target")]
    [TestCase("DELETE", "/api/v1/./galleries/target")]
    [TestCase("GET", "/api/v1/galleries/target/subjects/%2e")]
    [TestCase("GET", "/api/v1/galleries/%2e%2e/%2e%2e/%2e%2e/health/ready")]
    public async Task DotSegment_IsRefusedBeforeRouting_AndDeletesNothing(string method, string target)
    {
        var response = await SendAsync($"{method} {target} HTTP/1.1");
        var problem = AssertRefused(response, 400);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'.' or '..' segment"));
    }

    [Test]
    public async Task DotSegment_InAbsoluteFormTarget_IsRefused()
    {
        var response = await SendAsync($"DELETE http://{AttackServer.BaseAddress.Authority}/api/v1/galleries/target/subjects/.. HTTP/1.1");
        AssertRefused(response, 400);
    }

    [TestCase("/api/v1/galleries/target/subjects/victim%2f..")]
    [TestCase("/api/v1/galleries/target%2Fsubjects/victim")]
    [TestCase("/api/v1/galleries/target/subjects/victim%5c..")]
    public async Task EncodedSlashOrBackslash_IsRefused(string target)
    {
        var response = await SendAsync($"DELETE {target} HTTP/1.1");
        var problem = AssertRefused(response, 400);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("%2f"));
    }

    [TestCase("/api/v1/galleries/target/subjects/victim%0A")]
    [TestCase("/x%0A2026-11-22T00:00:00.000+00:00%20[ERR]%20FORGED")]
    public async Task EncodedControlCharacter_IsRefused(string target)
    {
        var response = await SendAsync($"GET {target} HTTP/1.1");
        var problem = AssertRefused(response, 400);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("control character"));
    }

    [Test]
    public async Task RefusalIsLogged_WithTheTargetAsSent_SoItCannotForgeALogLine()
    {
        const string forged = "2026-11-22T00:00:00.000+00:00 [ERR] FORGED";
        await SendAsync("GET /x%0A2026-11-22T00:00:00.000+00:00%20[ERR]%20FORGED HTTP/1.1");
        var lines = AttackServer.LogLines();
        Assert.That(lines.Any(l => l.Contains("/x%0A2026-11-22T00:00:00.000+00:00%20[ERR]%20FORGED refused: 400", StringComparison.Ordinal)), Is.True);
        Assert.That(lines.Where(l => l.StartsWith(forged, StringComparison.Ordinal)).Where(l => l.Contains("refused", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task TargetOverOurLimit_GetsUriTooLongProblem()
    {
        var response = await SendAsync($"GET /api/v1/galleries/{new string('a', 3000)}/subjects HTTP/1.1");
        var problem = AssertRefused(response, 414);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("at most 2048"));
    }

    [Test]
    public async Task NoResponseNamesTheServerSoftware()
    {
        var response = await SendAsync("GET /health/live HTTP/1.1");
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Header("Server"), Is.Null, "no 'Server: Kestrel'");
    }

    public static IEnumerable<TestCaseData> RequestsKestrelRefuses()
    {
        var big = new string('a', 40_000);
        yield return new TestCaseData($"GET /health/live HTTP/1.1\r\nX-Big: {big}", 431).SetName("KestrelAnswers431_ForHeadersOver32KB");
        var many = string.Concat(Enumerable.Range(0, 101).Select(i => $"\r\nX-H{i}: 1"));
        yield return new TestCaseData($"GET /health/live HTTP/1.1{many}", 431).SetName("KestrelAnswers431_ForMoreThan100Headers");
        yield return new TestCaseData($"GET /api/v1/galleries/{big} HTTP/1.1", 414).SetName("KestrelAnswers414_ForRequestLineOver16KB");
        yield return new TestCaseData("GET /health live HTTP/1.1", 400).SetName("KestrelAnswers400_ForMalformedRequestLine");
        yield return new TestCaseData("GET /api/v1/galleries/target%00/subjects HTTP/1.1", 400).SetName("KestrelAnswers400_ForEncodedNul");
        yield return new TestCaseData("GET /health/live HTTP/1.7", 505).SetName("KestrelAnswers505_ForAnUnknownHttpVersion");
    }

    // What Kestrel answers by itself, before the application sees the request: a bare status, no body (README "Errors").
    [TestCaseSource(nameof(RequestsKestrelRefuses))]
    public async Task KestrelAnswersBeforeTheApp_WithABareStatus(string head, int status)
    {
        var response = await SendAsync(head, withApiKey: false);
        Assert.That(response.Status, Is.EqualTo(status));
        Assert.That(response.Body, Is.Empty);
    }

    private static Task<RawResponse> SendAsync(string requestLineAndHeaders, bool withApiKey = true) =>
        RawHttp.SendAsync(
            AttackServer.BaseAddress,
            $"{requestLineAndHeaders}\r\nHost: {AttackServer.BaseAddress.Authority}" + (withApiKey ? $"\r\n{ApiKeyHeader}" : string.Empty));

    private static JsonElement AssertRefused(RawResponse response, int status)
    {
        Assert.That(response.Status, Is.EqualTo(status), response.Body);
        Assert.That(response.Header("Content-Type"), Does.StartWith(ProblemAssert.ContentType), response.Body);
        return ProblemAssert.IsProblemBody(response.Body, status, response.Header("X-Correlation-Id"));
    }
}
