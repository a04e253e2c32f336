using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>Reduces the 68-point (iBUG 300-W) layout to the five alignment points, as in docs/models.md.</summary>
public static class LandmarkReduction
{
    public const int PointCount = 68;

    public static FaceLandmarks ToFivePoints(IReadOnlyList<FacePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count != PointCount)
        {
            throw new ArgumentException($"Expected {PointCount} landmarks, got {points.Count}.", nameof(points));
        }

        return new FaceLandmarks(
            Mean(points, 37, 38, 40, 41),
            Mean(points, 43, 44, 46, 47),
            points[30],
            Mean(points, 48, 60),
            Mean(points, 54, 64));
    }

    /// <summary>The mean of the listed points.</summary>
    public static FacePoint Mean(IReadOnlyList<FacePoint> points, params int[] indices)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(indices);
        float x = 0, y = 0;
        foreach (var i in indices)
        {
            x += points[i].X;
            y += points[i].Y;
        }

        return new FacePoint(x / indices.Length, y / indices.Length);
    }
}
