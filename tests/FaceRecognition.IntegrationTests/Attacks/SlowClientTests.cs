using System.Diagnostics;
using System.Net;
using System.Text;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Attacks;

/// <summary>
/// A client that trickles its upload (slowloris on the body) is cut off once it is slower than
/// Api:MinRequestBodyBytesPerSecond after the grace period, with a 408 problem; meanwhile everyone else is served.
/// </summary>
[TestFixture]
public sealed class SlowClientTests
{
    [TearDown]
    public Task ServiceKeepsServing() => AttackServer.AssertStillServingAsync();

    [Test]
    public async Task TricklingUpload_IsCutOffWithRequestTimeout_WhileOthersAreServed()
    {
        await using var slow = new RawHttp(AttackServer.BaseAddress);
        await slow.ConnectAsync();
        await slow.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/v1/detect HTTP/1.1\r\nHost: {AttackServer.BaseAddress.Authority}\r\nX-Api-Key: {TestService.ApiKey}\r\n" +
            "Content-Type: multipart/form-data; boundary=abc\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n" +
            "--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n\r\n"));

        using var stopTrickling = new CancellationTokenSource();
        var trickle = TrickleAsync(slow, stopTrickling.Token);
        var started = Stopwatch.StartNew();

        // While the slow upload holds its connection, other clients get answers.
        await Task.Delay(TimeSpan.FromSeconds(1));
        using (var ready = await AttackServer.Client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var response = await slow.ReadResponseAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await stopTrickling.CancelAsync();
        await trickle;

        Assert.That(response.Status, Is.EqualTo(408), response.Body);
        Assert.That(response.Header("Content-Type"), Does.StartWith(ProblemAssert.ContentType));
        var problem = ProblemAssert.IsProblemBody(response.Body, 408, response.Header("X-Correlation-Id"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("too slowly"));
        // Cut off soon after the grace period, not when the 100 kB would finally have arrived (~7 minutes at this pace).
        Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(AttackServer.BodyGracePeriodSeconds + 20)));
    }

    // One byte every 250 ms (4 B/s, far below the 240 B/s minimum) until told to stop or the server hangs up.
    private static async Task TrickleAsync(RawHttp connection, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await connection.WriteAsync([0x41]);
                await Task.Delay(250, stop);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The server closed the connection, or the test is done.
        }
    }
}
