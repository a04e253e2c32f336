using System.Globalization;
using FaceRecognition.Benchmarks.Search;

namespace FaceRecognition.Benchmarks.Load;

/// <summary>The load bench's tables.</summary>
internal static class LoadPrinter
{
    public static void Models(IReadOnlyList<ModelCost> before, IReadOnlyList<ModelCost> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        Console.WriteLine($"### Models' own time per request (inside ONNX Runtime's Run, pre-decoded photos, 1 intra-op thread), at the start and the end of the run");
        var table = new MarkdownTable("scenario", "ms, start", "ms, end", $"req/s on {Environment.ProcessorCount} cores, start", "req/s, end");
        for (var i = 0; i < before.Count; i++)
        {
            table.Row(before[i].Scenario, F(before[i].Milliseconds, 1), F(after[i].Milliseconds, 1), F(before[i].RequestsPerSecond, 1), F(after[i].RequestsPerSecond, 1));
        }

        table.Print();
        Console.WriteLine("(a large start/end difference means the machine's load changed during the run: read the ratios with that in mind)");
        Console.WriteLine();
    }

    public static void Service(string label, IReadOnlyList<LoadCell> cells, IReadOnlyDictionary<string, ModelCost> models)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(models);
        Console.WriteLine($"### Service, build {label} (ratios against the models' own time, mean of start and end)");
        var table = new MarkdownTable(
            "scenario", "Expect: 100-continue", "clients", "requests", "failed", "p50 ms", "p95 ms", "p99 ms", "req/s",
            "p50 ÷ models' ms", "req/s ÷ models' req/s");
        foreach (var cell in cells)
        {
            var run = cell.Runs[label];
            var model = models[cell.Scenario];
            var p50 = run.LatenciesMs.Count == 0 ? double.NaN : Percentiles.Of(run.LatenciesMs, 50);
            table.Row(
                cell.Scenario, cell.ExpectContinue ? "yes" : "no", cell.Concurrency, run.Requests, run.Failures,
                F(p50, 1), F(P(run, 95), 1), F(P(run, 99), 1), F(run.Throughput, 1),
                F(p50 / model.Milliseconds, 2) + "×", F(100 * run.Throughput / model.RequestsPerSecond, 0) + "%");
        }

        table.Print();
        foreach (var failed in cells.Select(c => c.Runs[label]).Where(r => r.FirstFailure is not null).Take(1))
        {
            Console.WriteLine($"first failure: {failed.FirstFailure}");
        }

        Console.WriteLine();
    }

    public static void Comparison(string first, string second, IReadOnlyList<LoadCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Console.WriteLine($"### Build {first} against build {second} (same run, alternating)");
        var table = new MarkdownTable(
            "scenario", "Expect: 100-continue", "clients",
            $"p50 ms {first}", $"p50 ms {second}", $"p50 {first} ÷ {second}",
            $"req/s {first}", $"req/s {second}", $"req/s {first} ÷ {second}");
        foreach (var cell in cells)
        {
            var a = cell.Runs[first];
            var b = cell.Runs[second];
            table.Row(
                cell.Scenario, cell.ExpectContinue ? "yes" : "no", cell.Concurrency,
                F(P(a, 50), 1), F(P(b, 50), 1), F(P(a, 50) / P(b, 50), 2) + "×",
                F(a.Throughput, 1), F(b.Throughput, 1), F(a.Throughput / b.Throughput, 2) + "×");
        }

        table.Print();
        Console.WriteLine();
    }

    private static double P(LoadRun run, double percentile) =>
        run.LatenciesMs.Count == 0 ? double.NaN : Percentiles.Of(run.LatenciesMs, percentile);

    private static string F(double value, int decimals) =>
        double.IsNaN(value) ? "–" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
