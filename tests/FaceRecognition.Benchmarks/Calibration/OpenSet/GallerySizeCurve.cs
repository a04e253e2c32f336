using FaceRecognition.Benchmarks.Calibration.Metrics;

namespace FaceRecognition.Benchmarks.Calibration.OpenSet;

/// <summary>Where a per-comparison rate comes from: counted comparisons, the tail fit, or neither (too few comparisons and no fit).</summary>
internal enum RateBasis
{
    Counted,
    TailFit,
    Unresolved,
}

/// <summary>FPIR at one gallery size: measured on random galleries drawn from the pool, and predicted from the per-comparison rate.</summary>
/// <param name="Templates">Gallery size: how many templates each probe is compared with.</param>
/// <param name="MeasuredFpir">Share of (stranger, gallery) draws granted at the shipped threshold; null beyond the pool.</param>
/// <param name="PredictedFpir">1 − (1 − FMR(t))^N from the per-comparison false-match rate at the shipped threshold.</param>
/// <param name="Basis">"measured" when random galleries of this size were drawn, "empirical FMR" when the per-comparison rate is resolved, else where the prediction comes from (tail fit, or unresolved).</param>
internal sealed record GallerySizePoint(
    int Templates,
    int Draws,
    double? MeasuredFpir,
    IReadOnlyList<RateThreshold> MeasuredThresholds,
    double PredictedFpir,
    IReadOnlyList<RateThreshold> PredictedThresholds,
    string Basis);

/// <summary>
/// How the false-positive identification rate grows with gallery size, from a stranger × template similarity matrix:
/// FPIR(N, t) is the share of strangers whose best similarity over N templates reaches t.
/// </summary>
internal sealed class GallerySizeCurve
{
    /// <summary>At least this many comparisons above a threshold make its per-comparison rate "resolved".</summary>
    public const int ResolvedExceedances = 10;

    private readonly float[][] _scores;
    private readonly int _poolSize;

    /// <param name="strangerToTemplate">One row per stranger, one column per template of the pool.</param>
    public GallerySizeCurve(float[][] strangerToTemplate)
    {
        ArgumentNullException.ThrowIfNull(strangerToTemplate);
        _scores = strangerToTemplate;
        _poolSize = _scores.Length == 0 ? 0 : _scores[0].Length;
        PerComparison = [.. _scores.SelectMany(r => r).Select(v => (double)v).Order()];
        Tail = PerComparison.Length >= 1000
            ? ExponentialTail.Fit(PerComparison, Math.Min(0.1, Math.Max(1e-4, 200.0 / PerComparison.Length)))
            : null;
    }

    public int Strangers => _scores.Length;

    public int PoolSize => _poolSize;

    /// <summary>Every stranger × template similarity, ascending: the per-comparison impostor distribution.</summary>
    public double[] PerComparison { get; }

    public ExponentialTail? Tail { get; }

    /// <summary>Per-comparison false-match rate at a threshold: counted where resolved, else from the tail fit.</summary>
    public (double Rate, RateBasis Basis) FalseMatchRate(double threshold)
    {
        var exceed = ScoreSet.CountAtLeast(PerComparison, threshold);
        var counted = (double)exceed / PerComparison.Length;
        return exceed >= ResolvedExceedances ? (counted, RateBasis.Counted)
            : Tail is null ? (counted, RateBasis.Unresolved)
            : (Tail.Rate(threshold), RateBasis.TailFit);
    }

    /// <summary>The threshold whose per-comparison rate is <paramref name="rate"/>: counted where resolved, else from the tail fit.</summary>
    public (double Threshold, RateBasis Basis) ThresholdForFalseMatchRate(double rate)
    {
        return rate * PerComparison.Length >= ResolvedExceedances ? (OperatingPoints.ThresholdForRate(PerComparison, rate).Threshold, RateBasis.Counted)
            : Tail is null ? (OperatingPoints.ThresholdForRate(PerComparison, rate).Threshold, RateBasis.Unresolved)
            : (Tail.ThresholdForRate(rate), RateBasis.TailFit);
    }

    public static string Describe(RateBasis basis) => basis switch
    {
        RateBasis.Counted => "counted",
        RateBasis.TailFit => "tail fit (extrapolated)",
        _ => "unresolved (too few comparisons)",
    };

    public GallerySizePoint At(int templates, double shippedThreshold, IReadOnlyList<double> targetFpirs, int maxDraws, Random random)
    {
        ArgumentNullException.ThrowIfNull(targetFpirs);
        ArgumentNullException.ThrowIfNull(random);
        var (fmr, worstBasis) = FalseMatchRate(shippedThreshold);
        var predictedFpir = 1 - Math.Pow(1 - fmr, templates);
        var predicted = new List<RateThreshold>();
        foreach (var target in targetFpirs)
        {
            // FPIR = 1 − (1 − FMR)^N  ⇒  the per-comparison rate that keeps FPIR at its target with N templates.
            var perComparison = 1 - Math.Exp(Math.Log(1 - target) / templates);
            var (threshold, basis) = ThresholdForFalseMatchRate(perComparison);
            worstBasis = (RateBasis)Math.Max((int)worstBasis, (int)basis);
            predicted.Add(new RateThreshold(target, threshold, basis == RateBasis.Counted));
        }

        if (templates > _poolSize || _scores.Length == 0)
        {
            return new GallerySizePoint(templates, 0, null, [], predictedFpir, predicted, worstBasis == RateBasis.Counted ? "empirical FMR" : Describe(worstBasis));
        }

        var draws = templates == _poolSize ? 1 : maxDraws;
        var best = BestOfRandomGalleries(templates, draws, random);
        var measured = targetFpirs.Select(t => OperatingPoints.ThresholdForRate(best, t)).ToList();
        var measuredFpir = (double)ScoreSet.CountAtLeast(best, shippedThreshold) / best.Count;
        return new GallerySizePoint(templates, draws, measuredFpir, measured, predictedFpir, predicted, "measured");
    }

    /// <summary>For each of <paramref name="draws"/> random galleries of <paramref name="templates"/> templates, every stranger's best similarity; ascending.</summary>
    public IReadOnlyList<double> BestOfRandomGalleries(int templates, int draws, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(templates, _poolSize);
        var columns = Enumerable.Range(0, _poolSize).ToArray();
        var best = new double[_scores.Length * draws];
        for (var draw = 0; draw < draws; draw++)
        {
            // A partial Fisher–Yates shuffle: the first `templates` columns are a uniform random gallery.
            for (var i = 0; i < templates; i++)
            {
                var j = random.Next(i, _poolSize);
                (columns[i], columns[j]) = (columns[j], columns[i]);
            }

            for (var s = 0; s < _scores.Length; s++)
            {
                var row = _scores[s];
                var max = float.NegativeInfinity;
                for (var i = 0; i < templates; i++)
                {
                    max = Math.Max(max, row[columns[i]]);
                }

                best[(draw * _scores.Length) + s] = max;
            }
        }

        Array.Sort(best);
        return best;
    }
}
