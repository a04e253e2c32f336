namespace FaceRecognition.Benchmarks.Calibration.Metrics;

/// <summary>
/// Peaks over a threshold with an exponential tail: above the score <see cref="Start"/> exceeded by a share
/// <see cref="StartRate"/> of impostor comparisons, the rate is modelled as StartRate · exp(−(t − Start) / Scale),
/// Scale being the mean excess (its maximum-likelihood estimate). It extrapolates false-match rates below what the
/// data can resolve; every figure from it is labelled an extrapolation.
/// </summary>
internal sealed record ExponentialTail(double Start, double StartRate, double Scale)
{
    /// <summary>Fits the tail to the top <paramref name="tailShare"/> of the ascending <paramref name="scores"/>.</summary>
    public static ExponentialTail Fit(IReadOnlyList<double> scores, double tailShare)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var tailCount = (int)Math.Round(scores.Count * tailShare);
        if (tailCount < 10 || tailCount >= scores.Count)
        {
            throw new ArgumentException($"A tail of {tailCount} of {scores.Count} scores is too small to fit.", nameof(tailShare));
        }

        var start = scores[scores.Count - tailCount - 1];
        double excess = 0;
        for (var i = scores.Count - tailCount; i < scores.Count; i++)
        {
            excess += scores[i] - start;
        }

        return new ExponentialTail(start, (double)tailCount / scores.Count, excess / tailCount);
    }

    public double Rate(double threshold) =>
        threshold <= Start ? StartRate : StartRate * Math.Exp(-(threshold - Start) / Scale);

    public double ThresholdForRate(double rate) =>
        rate >= StartRate ? Start : OperatingPoints.GridAbove(Start + (Scale * Math.Log(StartRate / rate)));
}
