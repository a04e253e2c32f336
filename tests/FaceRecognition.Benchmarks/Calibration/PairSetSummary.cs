using FaceRecognition.Benchmarks.Calibration.Metrics;

namespace FaceRecognition.Benchmarks.Calibration;

internal sealed record DistributionRow(double Percentile, double Genuine, double Impostor);

/// <summary>TAR at the threshold chosen for a false-accept rate.</summary>
internal sealed record TarAtFar(double TargetFar, double Threshold, bool Resolved, double Tar, double Far);

/// <summary>Everything the calibration reports about one set of labelled pairs.</summary>
internal sealed record PairSetSummary(
    string Name,
    int GenuinePairs,
    int ImpostorPairs,
    int RefusedGenuine,
    int RefusedImpostor,
    IReadOnlyList<DistributionRow> Distribution,
    double AreaUnderCurve,
    EqualErrorRate EqualErrorRate,
    IReadOnlyList<TarAtFar> TarAtFar,
    BestThreshold BestAccuracy,
    Decision AtShipped,
    IReadOnlyList<Decision> RocGrid)
{
    public static readonly double[] PercentilePoints = [0, 1, 5, 10, 25, 50, 75, 90, 95, 99, 100];
    public static readonly double[] TargetFars = [1e-2, 1e-3, 1e-4];

    public static PairSetSummary Of(string name, ScoreSet scores, double shippedThreshold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var genuine = scores.Genuine.Where(double.IsFinite).ToList();
        var impostor = scores.Impostor.Where(double.IsFinite).ToList();
        var distribution = PercentilePoints.Select(p => new DistributionRow(
            p,
            genuine.Count == 0 ? double.NaN : Search.Percentiles.Of(genuine, p),
            impostor.Count == 0 ? double.NaN : Search.Percentiles.Of(impostor, p))).ToList();
        var tarAtFar = TargetFars.Select(target =>
        {
            var t = OperatingPoints.ThresholdForRate(scores.Impostor, target);
            return new TarAtFar(target, t.Threshold, t.Resolved, scores.Tar(t.Threshold), scores.Far(t.Threshold));
        }).ToList();
        var grid = Enumerable.Range(0, 11).Select(i => 0.15 + (0.05 * i))
            .Select(t => Decision.Of("grid", scores, Math.Round(t, 2))).ToList();
        return new PairSetSummary(
            name,
            scores.Genuine.Count,
            scores.Impostor.Count,
            scores.Genuine.Count(double.IsNegativeInfinity),
            scores.Impostor.Count(double.IsNegativeInfinity),
            distribution,
            OperatingPoints.AreaUnderCurve(scores),
            OperatingPoints.EqualErrorRate(scores),
            tarAtFar,
            OperatingPoints.BestAccuracy(scores),
            Decision.Of("shipped", scores, shippedThreshold),
            grid);
    }
}
