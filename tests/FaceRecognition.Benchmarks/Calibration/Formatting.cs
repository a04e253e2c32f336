using System.Globalization;
using FaceRecognition.Benchmarks.Calibration.Metrics;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>How the calibration tables write rates, intervals and thresholds.</summary>
internal static class Formatting
{
    public static string Percent(double share, int decimals = 2) =>
        double.IsNaN(share) ? "–" : (100 * share).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    /// <summary>"98.40% [97.61–98.93] (12/750)": the share, its 95% Wilson interval, and the counts behind it.</summary>
    public static string WithInterval(Proportion p, int decimals = 2) =>
        p.Total == 0
            ? "–"
            : $"{Percent(p.Value, decimals)} [{Number(100 * p.Low, decimals)}–{Number(100 * p.High, decimals)}] ({p.Count}/{p.Total})";

    public static string Threshold(double threshold) => threshold switch
    {
        double.NegativeInfinity => "−∞",
        double.PositiveInfinity => "+∞",
        _ when double.IsNaN(threshold) => "–",
        _ => threshold.ToString("0.0000", CultureInfo.InvariantCulture),
    };

    public static string Threshold(RateThreshold t) => t is null ? "–" : Threshold(t.Threshold) + (t.Resolved ? string.Empty : " *");

    public static string Rate(double rate) => rate.ToString(rate is >= 1e-3 or 0 ? "0.####" : "0.0E+0", CultureInfo.InvariantCulture);

    public static string Number(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
