using FaceRecognition.Benchmarks.Calibration.Metrics;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>A labelled pair and the similarity the service finds; −∞ when it would refuse either photo.</summary>
internal sealed record ScoredPair(LabelledPair Pair, double Similarity)
{
    public bool Refused => double.IsNegativeInfinity(Similarity);

    public static IReadOnlyList<ScoredPair> Score(IEnumerable<LabelledPair> pairs, PhotoReadings readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return pairs.Select(p =>
        {
            var first = readings[p.First].Embedding;
            var second = readings[p.Second].Embedding;
            return new ScoredPair(p, first is null || second is null ? double.NegativeInfinity : first.SimilarityTo(second).Value);
        }).ToList();
    }

    public static ScoreSet ToScoreSet(IEnumerable<ScoredPair> pairs)
    {
        var list = pairs.ToList();
        return new ScoreSet(list.Where(p => p.Pair.Genuine).Select(p => p.Similarity), list.Where(p => !p.Pair.Genuine).Select(p => p.Similarity));
    }
}
