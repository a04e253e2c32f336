using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>Greedy NMS: keep the best-scoring box, drop every remaining box overlapping it by more than the IoU limit, repeat.</summary>
public static class NonMaximumSuppression
{
    public static List<(FaceBox Box, float Score)> Apply(IEnumerable<(FaceBox Box, float Score)> candidates, float maxIou)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var sorted = candidates.OrderByDescending(c => c.Score).ToList();
        var kept = new List<(FaceBox Box, float Score)>();
        foreach (var candidate in sorted)
        {
            if (kept.TrueForAll(k => k.Box.IntersectionOverUnion(candidate.Box) <= maxIou))
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }
}
