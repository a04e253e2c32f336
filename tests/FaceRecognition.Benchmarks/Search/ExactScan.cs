using System.Numerics.Tensors;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Benchmarks.Search;

/// <summary>The baseline: a plain float32 dot product with every enrolled embedding, best one wins.</summary>
internal static class ExactScan
{
    public static (int Index, float Score) Best(IReadOnlyList<Embedding> gallery, Embedding query)
    {
        var q = query.Values;
        var bestIndex = -1;
        var bestScore = float.NegativeInfinity;
        for (var i = 0; i < gallery.Count; i++)
        {
            var score = TensorPrimitives.Dot(gallery[i].Values, q);
            if (score > bestScore)
            {
                bestScore = score;
                bestIndex = i;
            }
        }

        return (bestIndex, bestScore);
    }
}
