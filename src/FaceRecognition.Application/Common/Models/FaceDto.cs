using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Application.Common.Models;

/// <summary>A face box as clients see it, in pixels of the orientation-corrected image.</summary>
public sealed record BoxDto(int X, int Y, int Width, int Height)
{
    public static BoxDto From(FaceBox box) =>
        new((int)MathF.Round(box.X), (int)MathF.Round(box.Y), (int)MathF.Round(box.Width), (int)MathF.Round(box.Height));
}

public sealed record PointDto(float X, float Y)
{
    public static PointDto From(FacePoint p) => new(MathF.Round(p.X, 1), MathF.Round(p.Y, 1));
}

public sealed record LandmarksDto(PointDto LeftEye, PointDto RightEye, PointDto Nose, PointDto MouthLeft, PointDto MouthRight)
{
    public static LandmarksDto From(FaceLandmarks l) =>
        new(PointDto.From(l.LeftEye), PointDto.From(l.RightEye), PointDto.From(l.Nose), PointDto.From(l.MouthLeft), PointDto.From(l.MouthRight));
}

/// <summary>Where the face used for a decision was, and how many faces the image held.</summary>
public sealed record UsedFaceDto(BoxDto Box, double Score, int FacesFound)
{
    public static UsedFaceDto From(DetectedFace face, int facesFound) =>
        new(BoxDto.From(face.Box), Math.Round(face.Score, 4), facesFound);
}
