namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// A 2-D affine map: (x, y) goes to (A*x + B*y + C, D*x + E*y + F). Pixel coordinates are pixel centres,
/// so (0, 0) is the centre of the top-left pixel.
/// </summary>
public readonly record struct AffineTransform(float A, float B, float C, float D, float E, float F)
{
    public static AffineTransform Identity { get; } = new(1, 0, 0, 0, 1, 0);

    public static AffineTransform ScaleTranslate(float scaleX, float scaleY, float offsetX, float offsetY) =>
        new(scaleX, 0, offsetX, 0, scaleY, offsetY);

    /// <summary>True when the map neither rotates nor shears, so rows stay rows and columns stay columns.</summary>
    public bool IsAxisAligned => B == 0 && D == 0;

    public (float X, float Y) Map(float x, float y) => ((A * x) + (B * y) + C, (D * x) + (E * y) + F);

    /// <summary>The map that undoes this one. Throws when this map collapses the plane onto a line or a point.</summary>
    public AffineTransform Invert()
    {
        // Computed in double so that near-singular but valid maps (tiny scales) keep their precision.
        var det = ((double)A * E) - ((double)B * D);
        if (!double.IsFinite(det) || Math.Abs(det) < 1e-12)
        {
            throw new InvalidOperationException($"The affine map {this} is singular (determinant {det}) and has no inverse.");
        }

        var ia = E / det;
        var ib = -B / det;
        var id = -D / det;
        var ie = A / det;
        return new AffineTransform(
            (float)ia, (float)ib, (float)(-((ia * C) + (ib * F))),
            (float)id, (float)ie, (float)(-((id * C) + (ie * F))));
    }

    /// <summary>Composition: the returned map applies this map first, then <paramref name="next"/>.</summary>
    public AffineTransform Then(AffineTransform next) => new(
        (next.A * A) + (next.B * D),
        (next.A * B) + (next.B * E),
        (next.A * C) + (next.B * F) + next.C,
        (next.D * A) + (next.E * D),
        (next.D * B) + (next.E * E),
        (next.D * C) + (next.E * F) + next.F);
}
