using System.Net;
using FaceRecognition.IntegrationTests.Galleries;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Attacks;

/// <summary>
/// One real Kestrel server on a free loopback port for the whole attack suite (raw sockets need a real server:
/// HttpClient normalises dot segments, and the in-memory test host has no request line or body timing). It holds one
/// enrolled person, "victim" in gallery "target", whom no attack may remove.
/// </summary>
[SetUpFixture]
public sealed class AttackServer
{
    public const string Gallery = "target";
    public const string Victim = "victim";

    /// <summary>Small limits keep the oversize attacks cheap; a short grace period keeps the slow-client attack short.</summary>
    public const int MaxFileBytes = 256 * 1024;
    public const int MaxRequestBytes = 1024 * 1024;
    public const int BodyGracePeriodSeconds = 2;

    private static TestService? _service;
    private static HttpClient? _client;

    public static HttpClient Client => _client ?? throw new InvalidOperationException("The attack server is not running.");

    public static Uri BaseAddress => Client.BaseAddress!;

    public static string LogDirectory => _service?.LogDirectory ?? throw new InvalidOperationException("The attack server is not running.");

    /// <summary>Every line logged so far (the log file stays open for writing, so it is read shared).</summary>
    public static IReadOnlyList<string> LogLines() =>
        Directory.EnumerateFiles(LogDirectory)
            .SelectMany(file =>
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd().Split('\n');
            })
            .ToList();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _service = new TestService(new Dictionary<string, string?>
        {
            ["Api:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Api:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Api:RequestBodyGracePeriodSeconds"] = BodyGracePeriodSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _service.UseKestrel(0);
        _service.StartServer();
        _client = _service.CreateApiClient();
        Assert.That(BaseAddress.IsLoopback, Is.True, $"a real server on loopback, got {BaseAddress}");
        await WaitUntilReadyAsync();
        await new GalleryApi(Client).EnrollAsync(Gallery, Victim, "Victim", SampleFacePhotos.All[0].Portrait());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    /// <summary>After an attack: the service still reports ready and the victim is still enrolled.</summary>
    public static async Task AssertStillServingAsync()
    {
        using var ready = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ready.Content.ReadAsStringAsync());
        var subjects = await new GalleryApi(Client).GetAsync($"/api/v1/galleries/{Gallery}/subjects");
        Assert.That(subjects.EnumerateArray().Select(s => s.GetProperty("subject_id").GetString()), Does.Contain(Victim));
    }

    private static async Task WaitUntilReadyAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var ready = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the attack server never became ready");
    }
}
