namespace FaceRecognition.Benchmarks.Calibration.Metrics;

/// <summary>
/// Similarities of labelled comparisons: genuine (same person) and impostor (different people). A comparison the
/// service refuses (no face found, so it answers 422) is <see cref="double.NegativeInfinity"/>: it is a reject at
/// every threshold. The decision rule is the service's: accept when similarity ≥ threshold.
/// </summary>
internal sealed class ScoreSet
{
    public ScoreSet(IEnumerable<double> genuine, IEnumerable<double> impostor)
    {
        ArgumentNullException.ThrowIfNull(genuine);
        ArgumentNullException.ThrowIfNull(impostor);
        Genuine = [.. genuine.Order()];
        Impostor = [.. impostor.Order()];
        if (Genuine.Any(double.IsNaN) || Impostor.Any(double.IsNaN))
        {
            throw new ArgumentException("A similarity cannot be NaN.");
        }
    }

    /// <summary>Genuine similarities, ascending.</summary>
    public IReadOnlyList<double> Genuine { get; }

    /// <summary>Impostor similarities, ascending.</summary>
    public IReadOnlyList<double> Impostor { get; }

    public int Count => Genuine.Count + Impostor.Count;

    public int GenuineAccepted(double threshold) => CountAtLeast(Genuine, threshold);

    public int ImpostorsAccepted(double threshold) => CountAtLeast(Impostor, threshold);

    /// <summary>True accept rate: share of genuine comparisons at or above the threshold.</summary>
    public double Tar(double threshold) => Rate(GenuineAccepted(threshold), Genuine.Count);

    /// <summary>False accept rate (false match rate): share of impostor comparisons at or above the threshold.</summary>
    public double Far(double threshold) => Rate(ImpostorsAccepted(threshold), Impostor.Count);

    public double Frr(double threshold) => Genuine.Count == 0 ? double.NaN : 1 - Tar(threshold);

    /// <summary>Share of all comparisons decided right: genuine accepted plus impostors rejected.</summary>
    public int CorrectDecisions(double threshold) => GenuineAccepted(threshold) + (Impostor.Count - ImpostorsAccepted(threshold));

    public double Accuracy(double threshold) => Rate(CorrectDecisions(threshold), Count);

    /// <summary>How many of the ascending <paramref name="sorted"/> values are ≥ <paramref name="threshold"/> (binary search).</summary>
    public static int CountAtLeast(IReadOnlyList<double> sorted, double threshold)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < threshold)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return sorted.Count - low;
    }

    private static double Rate(int count, int total) => total == 0 ? double.NaN : (double)count / total;
}
