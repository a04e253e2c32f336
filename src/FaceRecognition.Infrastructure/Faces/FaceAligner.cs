using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// Finds the similarity transform that best maps a face's five landmarks onto the standard 112×112 ArcFace
/// template, in the least-squares sense (docs/decisions/0004). Pure math; the embedder warps the image with it.
/// </summary>
public static class FaceAligner
{
    public const int OutputSize = 112;

    /// <summary>Left eye, right eye, nose tip, left and right mouth corners in the 112×112 crop the embedder was trained on.</summary>
    public static IReadOnlyList<FacePoint> Template { get; } =
    [
        new(38.2946f, 51.6963f),
        new(73.5318f, 51.5014f),
        new(56.0252f, 71.7366f),
        new(41.5493f, 92.3655f),
        new(70.7299f, 92.2041f),
    ];

    /// <summary>The transform from image pixels to template (crop) pixels for <paramref name="landmarks"/>.</summary>
    public static SimilarityTransform ImageToTemplate(FaceLandmarks landmarks)
    {
        ArgumentNullException.ThrowIfNull(landmarks);
        return Estimate(landmarks.ToList(), Template);
    }

    /// <summary>
    /// Least-squares similarity from <paramref name="source"/> to <paramref name="target"/>. With both point sets
    /// centred, minimising Σ|s·R·p + t − q|² over (A, B) = s·(cos θ, sin θ) is linear and has the closed form below.
    /// </summary>
    public static SimilarityTransform Estimate(IReadOnlyList<FacePoint> source, IReadOnlyList<FacePoint> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (source.Count != target.Count || source.Count < 2)
        {
            throw new ArgumentException($"Need at least two corresponding points, got {source.Count} and {target.Count}.", nameof(target));
        }

        double sx = 0, sy = 0, tx = 0, ty = 0;
        for (var i = 0; i < source.Count; i++)
        {
            sx += source[i].X;
            sy += source[i].Y;
            tx += target[i].X;
            ty += target[i].Y;
        }

        var n = source.Count;
        sx /= n;
        sy /= n;
        tx /= n;
        ty /= n;

        double dot = 0, cross = 0, sourceNorm = 0;
        for (var i = 0; i < n; i++)
        {
            var px = source[i].X - sx;
            var py = source[i].Y - sy;
            var qx = target[i].X - tx;
            var qy = target[i].Y - ty;
            dot += (px * qx) + (py * qy);
            cross += (px * qy) - (py * qx);
            sourceNorm += (px * px) + (py * py);
        }

        if (sourceNorm < 1e-9)
        {
            throw new ArgumentException("The source points coincide; no scale or rotation can be estimated.", nameof(source));
        }

        var a = dot / sourceNorm;
        var b = cross / sourceNorm;
        return new SimilarityTransform(a, b, tx - ((a * sx) - (b * sy)), ty - ((b * sx) + (a * sy)));
    }
}
