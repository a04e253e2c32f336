using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// Rotation + uniform scale + translation: (x, y) -> (A x - B y + Tx, B x + A y + Ty), where A = s·cos θ and
/// B = s·sin θ. The only transform the aligner allows, so a face is never sheared or squashed.
/// </summary>
public readonly record struct SimilarityTransform(double A, double B, double Tx, double Ty)
{
    public double Scale => Math.Sqrt((A * A) + (B * B));

    public double RotationDegrees => Math.Atan2(B, A) * 180 / Math.PI;

    public static SimilarityTransform FromScaleRotation(double scale, double rotationDegrees, double tx, double ty)
    {
        var radians = rotationDegrees * Math.PI / 180;
        return new SimilarityTransform(scale * Math.Cos(radians), scale * Math.Sin(radians), tx, ty);
    }

    public FacePoint Map(FacePoint point) =>
        new((float)((A * point.X) - (B * point.Y) + Tx), (float)((B * point.X) + (A * point.Y) + Ty));

    public SimilarityTransform Invert()
    {
        var norm = (A * A) + (B * B);
        if (norm <= 0)
        {
            throw new InvalidOperationException("A transform with zero scale has no inverse.");
        }

        // The inverse of s·R is (1/s)·Rᵀ; the translation follows.
        var ia = A / norm;
        var ib = -B / norm;
        return new SimilarityTransform(ia, ib, -((ia * Tx) - (ib * Ty)), -((ib * Tx) + (ia * Ty)));
    }
}
