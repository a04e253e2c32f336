namespace FaceRecognition.Application.Common.Models;

/// <summary>Scores go to clients with four decimals: enough to compare, without float noise.</summary>
internal static class Rounding
{
    public static double Score(double value) => Math.Round(value, 4);
}
