using FaceRecognition.Benchmarks.Calibration.Metrics;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>How a set of labelled pairs is decided at one threshold, with 95% Wilson intervals.</summary>
internal sealed record Decision(string OperatingPoint, double Threshold, Proportion Tar, Proportion Far, Proportion Accuracy)
{
    public int GenuineRejected => Tar.Total - Tar.Count;

    public int ImpostorsAccepted => Far.Count;

    public static Decision Of(string operatingPoint, ScoreSet scores, double threshold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new Decision(
            operatingPoint,
            threshold,
            WilsonInterval.Of(scores.GenuineAccepted(threshold), scores.Genuine.Count),
            WilsonInterval.Of(scores.ImpostorsAccepted(threshold), scores.Impostor.Count),
            WilsonInterval.Of(scores.CorrectDecisions(threshold), scores.Count));
    }
}
