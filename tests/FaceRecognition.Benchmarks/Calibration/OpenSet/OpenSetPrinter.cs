using FaceRecognition.Benchmarks.Calibration.Metrics;
using static FaceRecognition.Benchmarks.Calibration.Formatting;

namespace FaceRecognition.Benchmarks.Calibration.OpenSet;

/// <summary>A per-comparison false-match rate, the threshold it maps to, and what that threshold keeps of the genuine pairs.</summary>
internal sealed record PerComparisonPoint(double FalseMatchRate, double Threshold, RateBasis Basis, double TailFitThreshold, IReadOnlyList<double> TarBySet);

/// <summary>Prints the open-set 1:N proxy, the per-comparison impostor tail and the FPIR-by-gallery-size curve.</summary>
internal static class OpenSetPrinter
{
    public static void Rates(OpenSetSetup setup, IReadOnlyList<(string OperatingPoint, OpenSetRates Rates)> rows, IReadOnlyList<double> strangerScores)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(strangerScores);
        Console.WriteLine("### Open-set 1:N proxy (the service's own search, IFaceIndex, top 1)");
        Console.WriteLine(
            $"{setup.EnrolledSubjects} people enrolled from their first {OpenSetProxy.PhotosEnrolled} photos ({setup.Templates} templates; " +
            $"{setup.SubjectsWithoutUsableTemplate} left out for want of a usable photo); {setup.GenuineProbes} genuine probes " +
            $"({setup.RefusedGenuineProbes} refused); {setup.Strangers} strangers, one photo each ({setup.RefusedStrangers} refused). " +
            "A refused probe is denied.");
        var table = new MarkdownTable("operating point", "threshold", "TPIR (granted as themselves)", "granted as someone else", "FPIR (strangers granted)")
        { AlignNumbersRight = false };
        foreach (var (point, rates) in rows)
        {
            table.Row(point, Threshold(rates.Threshold), WithInterval(rates.RightPerson), WithInterval(rates.WrongPerson), WithInterval(rates.StrangersGranted));
        }

        table.Print();
        var finite = strangerScores.Where(double.IsFinite).ToList();
        if (finite.Count > 0)
        {
            Console.WriteLine(
                $"strangers' best similarity: p50 {Number(Search.Percentiles.Of(finite, 50), 4)}, p99 {Number(Search.Percentiles.Of(finite, 99), 4)}, " +
                $"p99.9 {Number(Search.Percentiles.Of(finite, 99.9), 4)}, max {Number(finite.Max(), 4)}");
        }

        Console.WriteLine("(* = not resolved: fewer than 1/FPIR strangers)");
        Console.WriteLine();
    }

    public static void PerComparison(GallerySizeCurve curve, IReadOnlyList<PerComparisonPoint> points, IReadOnlyList<string> setNames)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(setNames);
        Console.WriteLine(
            $"### Per-comparison false-match rate: every stranger × every template ({curve.Strangers} × {curve.PoolSize} = {curve.PerComparison.Length:N0} impostor comparisons, exact scan)");
        if (curve.Tail is { } tail)
        {
            Console.WriteLine(
                $"tail fit: exponential above {Number(tail.Start, 4)} (top {Rate(tail.StartRate)} of comparisons), mean excess {Number(tail.Scale, 4)}; " +
                $"counted rates need ≥ {GallerySizeCurve.ResolvedExceedances} comparisons above the threshold, below that the fit extrapolates");
        }

        var table = new MarkdownTable(["per-comparison FMR", "threshold", "basis", "tail-fit threshold", .. setNames.Select(n => $"TAR on {n} genuine pairs")]);
        foreach (var p in points)
        {
            table.Row([Rate(p.FalseMatchRate), Threshold(p.Threshold), GallerySizeCurve.Describe(p.Basis), Threshold(p.TailFitThreshold), .. p.TarBySet.Select(t => (object?)Percent(t))]);
        }

        table.Print();
        Console.WriteLine();
    }

    public static void GallerySize(IReadOnlyList<GallerySizePoint> points, double shippedThreshold, IReadOnlyList<double> targets)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(targets);
        Console.WriteLine("### FPIR by gallery size (templates each probe is compared with)");
        Console.WriteLine(
            "measured: random galleries drawn from the template pool, every stranger against each; predicted: FPIR = 1 − (1 − FMR)^N " +
            "from the per-comparison rate (treats comparisons as independent)");
        var headers = new List<string> { "templates N", "draws", $"FPIR at {Threshold(shippedThreshold)} measured", "predicted" };
        headers.AddRange(targets.Select(t => $"threshold for FPIR {Rate(t)} measured"));
        headers.AddRange(targets.Select(t => $"threshold for FPIR {Rate(t)} predicted"));
        headers.Add("basis of prediction");
        var table = new MarkdownTable([.. headers]);
        foreach (var p in points)
        {
            var cells = new List<object?>
            {
                p.Templates.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                p.Draws == 0 ? "–" : p.Draws,
                p.MeasuredFpir is { } m ? Percent(m, 3) : "–",
                Percent(p.PredictedFpir, 3),
            };
            cells.AddRange(targets.Select((_, i) => (object?)(p.MeasuredThresholds.Count > i ? Threshold(p.MeasuredThresholds[i]) : "–")));
            cells.AddRange(p.PredictedThresholds.Select(t => (object?)(Threshold(t.Threshold) + (t.Resolved ? string.Empty : " (x)"))));
            cells.Add(p.Basis);
            table.Row([.. cells]);
        }

        table.Print();
        Console.WriteLine("(* = not resolved by the draws; (x) = not counted: extrapolated by the tail fit, or unresolved when there are too few comparisons to fit)");
        Console.WriteLine();
    }

    /// <summary>The strangers who came closest to being granted, and genuine probes granted as someone else or scored lowest.</summary>
    public static void Worst(OpenSetResults results, double shippedThreshold, int count)
    {
        ArgumentNullException.ThrowIfNull(results);
        Console.WriteLine($"### Worst 1:N probes (granted = at or above the shipped threshold {Threshold(shippedThreshold)})");
        var table = new MarkdownTable("probe", "photo", "true person", "ranked first", "similarity", "granted") { AlignNumbersRight = false };
        var strangers = results.Strangers.OrderByDescending(p => p.Score).Take(count);
        var genuine = results.Genuine.Where(p => p.Best != p.Truth).OrderByDescending(p => p.Score)
            .Concat(results.Genuine.Where(p => p.Best == p.Truth).OrderBy(p => p.Score)).Take(count);
        foreach (var p in strangers.Concat(genuine))
        {
            table.Row(p.IsStranger ? "stranger" : "genuine", p.Photo, p.Truth ?? "(not enrolled)", p.Best ?? "–", Threshold(p.Score), p.GrantedAt(shippedThreshold) ? "GRANTED" : "denied");
        }

        table.Print();
        Console.WriteLine();
    }

    /// <summary>The per-comparison table's rows: counted where the data resolves the rate, tail fit below that.</summary>
    public static IReadOnlyList<PerComparisonPoint> PerComparisonPoints(GallerySizeCurve curve, IReadOnlyList<ScoreSet> sets)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(sets);
        double[] rates = [1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8];
        return rates.Select(rate =>
        {
            var (threshold, basis) = curve.ThresholdForFalseMatchRate(rate);
            var tail = curve.Tail is { } fit && rate < fit.StartRate ? fit.ThresholdForRate(rate) : double.NaN;
            return new PerComparisonPoint(rate, threshold, basis, tail, sets.Select(s => s.Tar(threshold)).ToList());
        }).ToList();
    }
}
