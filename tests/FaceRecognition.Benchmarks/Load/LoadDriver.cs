using System.Collections.Concurrent;
using System.Diagnostics;

namespace FaceRecognition.Benchmarks.Load;

/// <summary>Latencies and wall time of a batch of requests; failures are counted, not timed.</summary>
internal sealed record LoadRun(IReadOnlyList<double> LatenciesMs, double WallSeconds, int Failures, string? FirstFailure)
{
    public int Requests => LatenciesMs.Count + Failures;

    public double Throughput => LatenciesMs.Count / WallSeconds;

    public static LoadRun Merge(IReadOnlyList<LoadRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return new LoadRun(
            [.. runs.SelectMany(r => r.LatenciesMs)],
            runs.Sum(r => r.WallSeconds),
            runs.Sum(r => r.Failures),
            runs.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null));
    }
}

/// <summary>A target the bench sends requests to: a base address and its API key, with one connection pool.</summary>
internal sealed class LoadTarget : IDisposable
{
    private readonly HttpClient _client;
    private int _requestNumber;

    public LoadTarget(string label, Uri baseAddress, string apiKey)
    {
        Label = label;
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, UseCookies = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        _client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public string Label { get; }

    /// <summary>Sends one request outside any measurement (setup, warm-up) and fails loudly if the service refuses it.</summary>
    public async Task SendCheckedAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _client.SendAsync(request))
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{Label}: {request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    /// <summary><paramref name="requests"/> requests from <paramref name="concurrency"/> clients, each sending its next request as soon as the last one is answered.</summary>
    public async Task<LoadRun> RunAsync(LoadScenario scenario, int concurrency, int requests, bool expectContinue)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        string? firstFailure = null;
        var next = 0;
        var wall = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= requests)
            {
                using var request = scenario.NewRequest(Interlocked.Increment(ref _requestNumber));
                request.Headers.ExpectContinue = expectContinue;
                var started = Stopwatch.GetTimestamp();
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(elapsed);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}", null);
                }
            }
        }).ToList();
        await Task.WhenAll(clients);
        return new LoadRun([.. latencies], wall.Elapsed.TotalSeconds, failures, firstFailure);
    }

    public void Dispose() => _client.Dispose();
}
