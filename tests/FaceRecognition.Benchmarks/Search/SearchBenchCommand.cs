using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Infrastructure.Search;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Benchmarks.Search;

/// <summary>
/// `search [--skip-1m]`: builds galleries of random unit 512-d embeddings and compares the index with an exact
/// float32 scan measured in the same run: latency one query at a time and with every core querying, recall@1.
/// </summary>
internal sealed class SearchBenchCommand : IBenchCommand
{
    private const double DecisionThreshold = 0.4;

    public string Name => "search";

    public string Description => "in-memory face index: latency, recall vs exact scan (args: --skip-1m)";

    public Task<int> RunAsync(string[] args)
    {
        var sizes = new List<int> { 10_000, 100_000 };
        if (!args.Contains("--skip-1m"))
        {
            sizes.Add(1_000_000);
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInfo()}");
        Console.WriteLine("| faces | build s | p50 ms | p99 ms | p50 ms all cores | p99 ms all cores | exact p50 ms | speed-up | recall@1 enrolled | recall@1 stranger | decision flips @0.4 | MB per 1M faces |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var row = RunSize(size);
            Console.WriteLine(row);
        }

        Console.WriteLine();
        Console.WriteLine("cut-over (one thread, random queries): exact scan vs prefilter + re-rank");
        Console.WriteLine("| faces | exact p50 ms | prefilter p50 ms |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (var size in new[] { 1_024, 2_048, 4_096, 8_192, 16_384 })
        {
            Console.WriteLine(CutOverRow(size));
        }

        return Task.FromResult(0);
    }

    private static string RunSize(int size)
    {
        var data = new SyntheticEmbeddings(seed: 20261121);
        var embeddings = new List<Embedding>(size);
        for (var i = 0; i < size; i++)
        {
            embeddings.Add(data.NextRandom());
        }

        var enrolledQueries = new List<(Embedding Query, int Truth)>();
        var strangerQueries = new List<Embedding>();
        var queryCount = size >= 1_000_000 ? 200 : 1_000;
        for (var i = 0; i < queryCount; i++)
        {
            var target = data.NextIndex(size);
            enrolledQueries.Add((data.NearTo(embeddings[target], data.NextDouble(0.5, 0.8)), target));
            strangerQueries.Add(data.NextRandom());
        }

        var before = ManagedBytes();
        var build = Stopwatch.StartNew();
        using var index = new InMemoryFaceIndex(Options.Create(new SearchOptions()));
        for (var i = 0; i < size; i++)
        {
            index.Add(new IndexedFace("bench", new SubjectRef(i, $"s{i}", $"subject {i}"), i, embeddings[i]));
        }

        index.MarkLoaded();
        build.Stop();
        var megabytesPerMillion = (ManagedBytes() - before) / (double)size * 1_000_000 / (1024 * 1024);

        var queries = enrolledQueries.Select(q => q.Query).Concat(strangerQueries).ToList();
        foreach (var query in queries.Take(20))
        {
            index.Search("bench", query, 1);
        }

        var single = new List<double>();
        var answers = new List<SubjectMatch>();
        foreach (var query in queries)
        {
            var watch = Stopwatch.StartNew();
            answers.Add(index.Search("bench", query, 1)[0]);
            single.Add(watch.Elapsed.TotalMilliseconds);
        }

        var loaded = AllCoresLatencies(index, queries);

        var exactLatencies = new List<double>();
        var enrolledHits = 0;
        var strangerHits = 0;
        var flips = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            var (exactIndex, exactScore) = ExactScan.Best(embeddings, queries[i]);
            exactLatencies.Add(watch.Elapsed.TotalMilliseconds);
            var hit = answers[i].Subject.Id == exactIndex;
            if (i < enrolledQueries.Count)
            {
                enrolledHits += hit ? 1 : 0;
            }
            else
            {
                strangerHits += hit ? 1 : 0;
            }

            flips += answers[i].Similarity.IsAtLeast(DecisionThreshold) != (exactScore >= DecisionThreshold) ? 1 : 0;
        }

        var p50 = Percentiles.Of(single, 50);
        var exactP50 = Percentiles.Of(exactLatencies, 50);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {size:N0} | {build.Elapsed.TotalSeconds:F1} | {p50:F2} | {Percentiles.Of(single, 99):F2} | " +
            $"{Percentiles.Of(loaded, 50):F2} | {Percentiles.Of(loaded, 99):F2} | {exactP50:F2} | {exactP50 / p50:F1}× | " +
            $"{100.0 * enrolledHits / enrolledQueries.Count:F1}% | {100.0 * strangerHits / strangerQueries.Count:F1}% | " +
            $"{flips}/{queries.Count} | {megabytesPerMillion:N0} |");
    }

    /// <summary>Every core runs its own stream of queries at once; each query's latency is recorded.</summary>
    private static List<double> AllCoresLatencies(InMemoryFaceIndex index, List<Embedding> queries)
    {
        var latencies = new ConcurrentBag<double>();
        var threads = Enumerable.Range(0, Environment.ProcessorCount).Select(t => new Thread(() =>
        {
            for (var i = t; i < queries.Count; i += 1)
            {
                var watch = Stopwatch.StartNew();
                index.Search("bench", queries[(i + (t * 7919)) % queries.Count], 1);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return [.. latencies];
    }

    private static string CutOverRow(int size)
    {
        var data = new SyntheticEmbeddings(seed: size);
        using var exact = new InMemoryFaceIndex(Options.Create(new SearchOptions { ExactScanMaxFaces = int.MaxValue }));
        using var prefiltered = new InMemoryFaceIndex(Options.Create(new SearchOptions { ExactScanMaxFaces = 0 }));
        for (var i = 0; i < size; i++)
        {
            var face = new IndexedFace("g", new SubjectRef(i, $"s{i}", $"subject {i}"), i, data.NextRandom());
            exact.Add(face);
            prefiltered.Add(face);
        }

        var queries = Enumerable.Range(0, 500).Select(_ => data.NextRandom()).ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {size:N0} | {TimeQueries(exact, queries):F3} | {TimeQueries(prefiltered, queries):F3} |");
    }

    private static double TimeQueries(InMemoryFaceIndex index, List<Embedding> queries)
    {
        var latencies = new List<double>();
        foreach (var query in queries)
        {
            var watch = Stopwatch.StartNew();
            index.Search("g", query, 1);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Percentiles.Of(latencies, 50);
    }

    private static long ManagedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string RuntimeInfo() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, " +
        $"AVX-512 {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}";
}
