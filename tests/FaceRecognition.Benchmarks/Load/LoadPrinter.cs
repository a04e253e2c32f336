using System.Globalization;
using FaceRecognition.Benchmarks.Search;

namespace FaceRecognition.Benchmarks.Load;

/// <summary>The load bench's tables.</summary>
internal static class LoadPrinter
{
    public static void Service(string label, IReadOnlyList<LoadCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Console.WriteLine(
            $"### Service, build {label}, against the models' own time measured just before each row (inside ONNX Runtime's Run, " +
            $"same photos pre-decoded, 1 intra-op thread; models' req/s = one stream per core on {Environment.ProcessorCount} cores)");
        var table = new MarkdownTable(
            "scenario", "Expect: 100-continue", "clients", "requests", "failed", "p50 ms", "p95 ms", "p99 ms", "req/s",
            "models' ms", "models' req/s", "p50 ÷ models' ms", "req/s ÷ models' req/s", "load avg");
        foreach (var cell in cells)
        {
            var run = cell.Runs[label];
            var model = cell.Models;
            var p50 = run.LatenciesMs.Count == 0 ? double.NaN : Percentiles.Of(run.LatenciesMs, 50);
            table.Row(
                cell.Scenario, cell.ExpectContinue ? "yes" : "no", cell.Concurrency, run.Requests, run.Failures,
                F(p50, 1), F(P(run, 95), 1), F(P(run, 99), 1), F(run.Throughput, 1),
                F(model.Milliseconds, 1), F(model.RequestsPerSecond, 1),
                F(p50 / model.Milliseconds, 2) + "×", F(100 * run.Throughput / model.RequestsPerSecond, 0) + "%", F(cell.LoadAverage, 1));
        }

        table.Print();
        Console.WriteLine("(read p50 ÷ models' ms at one client, req/s ÷ models' req/s at as many clients as cores or more; a load average above the core count means other work shared the CPUs)");
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
