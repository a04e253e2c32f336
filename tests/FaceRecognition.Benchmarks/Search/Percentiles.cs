namespace FaceRecognition.Benchmarks.Search;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of latencies in milliseconds.</summary>
    public static double Of(IReadOnlyCollection<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
