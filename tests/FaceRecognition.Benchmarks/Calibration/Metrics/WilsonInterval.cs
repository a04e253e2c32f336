namespace FaceRecognition.Benchmarks.Calibration.Metrics;

/// <summary>A proportion with its 95% Wilson score interval (sound near 0 and 1, where the normal interval is not).</summary>
internal readonly record struct Proportion(int Count, int Total, double Low, double High)
{
    public double Value => Total == 0 ? double.NaN : (double)Count / Total;
}

internal static class WilsonInterval
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    public static Proportion Of(int count, int total, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, total);
        if (total == 0)
        {
            return new Proportion(0, 0, double.NaN, double.NaN);
        }

        var p = (double)count / total;
        var z2 = z * z;
        var denominator = 1 + (z2 / total);
        var centre = (p + (z2 / (2.0 * total))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / total) + (z2 / (4.0 * total * total)));
        return new Proportion(count, total, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
