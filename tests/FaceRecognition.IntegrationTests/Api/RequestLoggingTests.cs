using System.Net;
using System.Text.Json;
using FaceRecognition.Api.Configuration;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Api;

/// <summary>One log line per request, in text or JSON, that a client cannot use to forge other lines.</summary>
[TestFixture]
public sealed class RequestLoggingTests
{
    private const string ForgedEntry = "2026-11-22T00:00:00.000+00:00 [ERR] FORGED";

    [Test]
    public async Task RequestLine_EscapesALineBreakInThePath_SoNoLineCanBeForged()
    {
        await using var service = new TestService();
        using (var client = service.CreateApiClient())
        using (var response = await client.GetAsync(new Uri("/x%0A2026-11-22T00:00:00.000+00:00%20[ERR]%20FORGED", UriKind.Relative)))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        var lines = await ReadLogLinesAsync(service);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.None.StartsWith(ForgedEntry));
            Assert.That(lines, Has.One.Contains("HTTP GET /x%0A" + ForgedEntry + " responded 404 in "));
        });
    }

    [Test]
    public async Task JsonFormat_WritesOneJsonObjectPerLine_WithTheRequestAndItsCorrelationId()
    {
        await using var service = new TestService(new Dictionary<string, string?> { [SerilogSetup.FormatKey] = "json" });
        using (var client = service.CreateApiClient())
        {
            client.DefaultRequestHeaders.Add("X-Correlation-Id", "json-log-test-1");
            using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var events = (await ReadLogLinesAsync(service)).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var request = events.Single(e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/health/live");

        Assert.Multiple(() =>
        {
            Assert.That(events, Has.All.Matches<JsonElement>(e => e.TryGetProperty("@t", out _) && e.TryGetProperty("@m", out _)));
            Assert.That(request.GetProperty("StatusCode").GetInt32(), Is.EqualTo(200));
            Assert.That(request.GetProperty("CorrelationId").GetString(), Is.EqualTo("json-log-test-1"));
            Assert.That(request.GetProperty("@m").GetString(), Does.StartWith("HTTP \"GET\" \"/health/live\" responded 200 in "));
        });
    }

    [Test]
    public async Task UnknownFormat_StopsStartup_NamingTheKey()
    {
        await using var service = new TestService(new Dictionary<string, string?> { [SerilogSetup.FormatKey] = "xml" });

        var failure = Assert.Catch(() => service.CreateClient())!;

        var messages = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        Assert.That(messages, Has.Some.Contains("Logging:Format must be text or json"));
    }

    [TestCase("/plain/path", "/plain/path")]
    [TestCase("/a\nb", "/a%0Ab")]
    [TestCase("/a\r\nb", "/a%0D%0Ab")]
    [TestCase("/tab\there", "/tab%09here")]
    [TestCase("/esc\u001b[31m", "/esc%1B[31m")]
    [TestCase("/line\u2028sep", "/line%E2%80%A8sep")]
    [TestCase("/caf\u00e9/\u00fcber", "/caf\u00e9/\u00fcber")]
    public void Escape_PercentEncodesOnlyWhatCouldBreakALine(string path, string logged)
    {
        Assert.That(RequestLogLine.Escape(path), Is.EqualTo(logged));
    }

    private static async Task<List<string>> ReadLogLinesAsync(TestService service)
    {
        var log = Directory.GetFiles(Path.Combine(service.DataDirectory, "logs"), "app*.log").Single();
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync();
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
