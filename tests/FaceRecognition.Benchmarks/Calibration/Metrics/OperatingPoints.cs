namespace FaceRecognition.Benchmarks.Calibration.Metrics;

/// <summary>A threshold chosen to keep a false-accept rate at or below a target, and whether the data could show it.</summary>
/// <param name="Threshold">Accept when similarity ≥ this; rounded up to <see cref="OperatingPoints.Decimals"/> decimals so it can be used as printed.</param>
/// <param name="Resolved">False when there are fewer than 1/target negatives: then "at most the target" rests on zero accepted, not on a measured rate.</param>
internal sealed record RateThreshold(double TargetRate, double Threshold, bool Resolved);

/// <summary>The equal error rate and the threshold where false accepts and false rejects meet.</summary>
internal sealed record EqualErrorRate(double Rate, double Threshold);

/// <summary>The threshold that decides the most comparisons right, and that accuracy.</summary>
internal sealed record BestThreshold(double Threshold, double Accuracy);

/// <summary>Operating points of a ROC: threshold for a false-accept rate, equal error rate, best single threshold, AUC.</summary>
internal static class OperatingPoints
{
    /// <summary>Thresholds are reported with four decimals: finer than any score difference that matters here.</summary>
    public const int Decimals = 4;

    private const double Step = 1e-4;

    /// <summary>
    /// The lowest threshold (on the four-decimal grid) at which at most <paramref name="targetRate"/> of the
    /// ascending <paramref name="negatives"/> are accepted (≥ threshold). Used for FAR on impostor pairs and FPIR on
    /// strangers' best scores.
    /// </summary>
    public static RateThreshold ThresholdForRate(IReadOnlyList<double> negatives, double targetRate)
    {
        ArgumentNullException.ThrowIfNull(negatives);
        ArgumentOutOfRangeException.ThrowIfNegative(targetRate);
        if (negatives.Count == 0)
        {
            return new RateThreshold(targetRate, double.NaN, false);
        }

        // At most `allowed` negatives may be accepted: the threshold must lie strictly above the (allowed+1)-th highest.
        var allowed = (int)Math.Floor((targetRate * negatives.Count) + 1e-9);
        var resolved = targetRate * negatives.Count >= 1 - 1e-9;
        if (allowed >= negatives.Count)
        {
            return new RateThreshold(targetRate, double.NegativeInfinity, resolved);
        }

        var firstRejected = negatives[negatives.Count - 1 - allowed];
        return new RateThreshold(targetRate, GridAbove(firstRejected), resolved);
    }

    /// <summary>
    /// Where FAR and FRR are closest, over every score as a candidate threshold; the rate is their mean there.
    /// </summary>
    public static EqualErrorRate EqualErrorRate(ScoreSet scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var best = new EqualErrorRate(double.NaN, double.NaN);
        var bestGap = double.PositiveInfinity;
        foreach (var threshold in Candidates(scores))
        {
            var far = scores.Far(threshold);
            var frr = scores.Frr(threshold);
            var gap = Math.Abs(far - frr);
            if (gap < bestGap)
            {
                bestGap = gap;
                best = new EqualErrorRate((far + frr) / 2, threshold);
            }
        }

        return best;
    }

    /// <summary>
    /// The single threshold with the highest accuracy; of the interval of equally good thresholds, its middle (between
    /// the lowest accepted and the highest rejected score), so that it generalises rather than hugging one pair.
    /// </summary>
    public static BestThreshold BestAccuracy(ScoreSet scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var candidates = Candidates(scores).ToList();
        if (candidates.Count == 0)
        {
            return new BestThreshold(double.NaN, double.NaN);
        }

        var bestIndex = 0;
        var bestCorrect = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var correct = scores.CorrectDecisions(candidates[i]);
            if (correct > bestCorrect)
            {
                bestCorrect = correct;
                bestIndex = i;
            }
        }

        // Thresholds in (candidates[bestIndex-1], candidates[bestIndex]] all decide the same way.
        var upper = candidates[bestIndex];
        var threshold = bestIndex == 0 ? upper : Math.Round((candidates[bestIndex - 1] + upper) / 2, Decimals);
        if (scores.CorrectDecisions(threshold) != bestCorrect)
        {
            threshold = upper; // the gap is finer than the grid
        }

        return new BestThreshold(threshold, scores.Accuracy(threshold));
    }

    /// <summary>Area under the ROC: the chance that a genuine pair scores above an impostor pair (ties count half).</summary>
    public static double AreaUnderCurve(ScoreSet scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Genuine.Count == 0 || scores.Impostor.Count == 0)
        {
            return double.NaN;
        }

        double wins = 0;
        int below = 0, belowOrEqual = 0;
        foreach (var g in scores.Genuine)
        {
            while (below < scores.Impostor.Count && scores.Impostor[below] < g)
            {
                below++;
            }

            belowOrEqual = Math.Max(belowOrEqual, below);
            while (belowOrEqual < scores.Impostor.Count && scores.Impostor[belowOrEqual] <= g)
            {
                belowOrEqual++;
            }

            wins += below + ((belowOrEqual - below) / 2.0);
        }

        return wins / ((double)scores.Genuine.Count * scores.Impostor.Count);
    }

    /// <summary>The smallest four-decimal value strictly above <paramref name="score"/>.</summary>
    public static double GridAbove(double score)
    {
        if (double.IsNegativeInfinity(score))
        {
            return double.NegativeInfinity;
        }

        var grid = Math.Round(Math.Floor(score / Step) * Step, Decimals);
        while (grid <= score)
        {
            grid = Math.Round(grid + Step, Decimals);
        }

        return grid;
    }

    /// <summary>Every distinct finite score: between two of them, every decision stays the same.</summary>
    private static IEnumerable<double> Candidates(ScoreSet scores) =>
        scores.Genuine.Concat(scores.Impostor).Where(double.IsFinite).Distinct().Order();
}
