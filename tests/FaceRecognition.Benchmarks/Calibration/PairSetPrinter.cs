using FaceRecognition.Benchmarks.Calibration.Metrics;
using static FaceRecognition.Benchmarks.Calibration.Formatting;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>Prints the 1:1 tables: distributions, ROC summary, and the calibration set's operating points on the held-out set.</summary>
internal static class PairSetPrinter
{
    public static void Distributions(IReadOnlyList<PairSetSummary> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        Console.WriteLine("### Similarity distributions (pairs the service would refuse are left out and counted below)");
        var headers = new List<string> { "percentile" };
        foreach (var set in sets)
        {
            headers.Add($"{set.Name} genuine");
            headers.Add($"{set.Name} impostor");
        }

        var table = new MarkdownTable([.. headers]);
        for (var i = 0; i < PairSetSummary.PercentilePoints.Length; i++)
        {
            var p = PairSetSummary.PercentilePoints[i];
            var cells = new List<object?> { p switch { 0 => "min", 100 => "max", _ => $"p{p:0}" } };
            foreach (var set in sets)
            {
                cells.Add(Number(set.Distribution[i].Genuine, 4));
                cells.Add(Number(set.Distribution[i].Impostor, 4));
            }

            table.Row([.. cells]);
        }

        var counts = new List<object?> { "pairs (refused)" };
        foreach (var set in sets)
        {
            counts.Add($"{set.GenuinePairs} ({set.RefusedGenuine})");
            counts.Add($"{set.ImpostorPairs} ({set.RefusedImpostor})");
        }

        table.Row([.. counts]).Print();
        Console.WriteLine();
    }

    public static void RocSummary(IReadOnlyList<PairSetSummary> sets, double shippedThreshold)
    {
        ArgumentNullException.ThrowIfNull(sets);
        Console.WriteLine("### ROC summary (each set on its own)");
        var table = new MarkdownTable(["measure", .. sets.Select(s => s.Name)]);
        table.Row(["AUC", .. sets.Select(s => (object?)Number(s.AreaUnderCurve, 5))]);
        table.Row(["EER (threshold)", .. sets.Select(s => (object?)$"{Percent(s.EqualErrorRate.Rate)} ({Threshold(s.EqualErrorRate.Threshold)})")]);
        for (var i = 0; i < PairSetSummary.TargetFars.Length; i++)
        {
            table.Row([$"TAR at FAR {Rate(PairSetSummary.TargetFars[i])} (threshold)", .. sets.Select(s => (object?)TarCell(s.TarAtFar[i]))]);
        }

        table.Row(["best single threshold: accuracy (threshold)", .. sets.Select(s => (object?)$"{Percent(s.BestAccuracy.Accuracy)} ({Threshold(s.BestAccuracy.Threshold)})")]);
        table.Row([$"accuracy at shipped {Threshold(shippedThreshold)}", .. sets.Select(s => (object?)WithInterval(s.AtShipped.Accuracy))]);
        table.Row(["  genuine rejected at shipped", .. sets.Select(s => (object?)$"{s.AtShipped.GenuineRejected} of {s.GenuinePairs}")]);
        table.Row(["  impostors accepted at shipped", .. sets.Select(s => (object?)$"{s.AtShipped.ImpostorsAccepted} of {s.ImpostorPairs}")]);
        table.Print();
        Console.WriteLine("(* = not resolved: fewer than 1/FAR impostor pairs, so the threshold only shows that none of them was accepted)");
        Console.WriteLine();

        Console.WriteLine("### ROC points (TAR / FAR / accuracy by threshold)");
        var grid = new MarkdownTable(["threshold", .. sets.SelectMany(s => new[] { $"{s.Name} TAR", $"{s.Name} FAR", $"{s.Name} accuracy" })]);
        for (var i = 0; i < sets[0].RocGrid.Count; i++)
        {
            grid.Row([Threshold(sets[0].RocGrid[i].Threshold), .. sets.SelectMany(s => new object?[]
            {
                Percent(s.RocGrid[i].Tar.Value), Percent(s.RocGrid[i].Far.Value), Percent(s.RocGrid[i].Accuracy.Value),
            })]);
        }

        grid.Print();
        Console.WriteLine();
    }

    /// <summary>Thresholds chosen on the calibration set, applied to both sets: the held-out column is the honest one.</summary>
    public static void HeldOut(IReadOnlyList<(Decision Calibration, Decision HeldOut)> rows, string calibrationName, string heldOutName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Console.WriteLine($"### Operating points chosen on {calibrationName}, reported on {heldOutName} (95% Wilson intervals)");
        var table = new MarkdownTable(
            "operating point (chosen on " + calibrationName + ")", "threshold",
            $"{heldOutName} TAR", $"{heldOutName} FAR", $"{heldOutName} accuracy", $"{calibrationName} accuracy")
        { AlignNumbersRight = false };
        foreach (var (calibration, heldOut) in rows)
        {
            table.Row(calibration.OperatingPoint, Threshold(calibration.Threshold), WithInterval(heldOut.Tar), WithInterval(heldOut.Far), WithInterval(heldOut.Accuracy), Percent(calibration.Accuracy.Value));
        }

        table.Print();
        Console.WriteLine();
    }

    private static string TarCell(TarAtFar point) =>
        $"{Percent(point.Tar)} ({Threshold(point.Threshold)}{(point.Resolved ? string.Empty : " *")})";
}
