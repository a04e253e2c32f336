using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>One face the detector found, with what the diagnostics need to judge the face choice.</summary>
/// <param name="EdgeGap">Pixels between the box and the nearest image border (0 when the detector's box was clipped).</param>
/// <param name="CentreOffset">Distance from the box centre to the image centre, as a share of the image's shorter side.</param>
internal sealed record FaceSummary(FaceBox Box, double Score, double EdgeGap, double CentreOffset)
{
    /// <summary>Within this share of the shorter side from a border, a face is taken to run past it (cut off).</summary>
    public const double NearBorderShare = 0.05;

    /// <summary>The box reaches (nearly) to a border: typically a neighbour's face, cut off by the frame.</summary>
    public bool NearBorder { get; init; }

    public static FaceSummary From(DetectedFace face, int imageWidth, int imageHeight)
    {
        ArgumentNullException.ThrowIfNull(face);
        var box = face.Box;
        var gap = Math.Max(0, Math.Min(Math.Min(box.X, box.Y), Math.Min(imageWidth - box.Right, imageHeight - box.Bottom)));
        var shorter = Math.Min(imageWidth, imageHeight);
        var dx = box.Center.X - (imageWidth / 2.0);
        var dy = box.Center.Y - (imageHeight / 2.0);
        return new FaceSummary(box, face.Score, gap, Math.Sqrt((dx * dx) + (dy * dy)) / shorter)
        {
            NearBorder = gap <= NearBorderShare * shorter,
        };
    }

    public string BoxText => $"{Box.X:0},{Box.Y:0} {Box.Width:0}x{Box.Height:0}";
}

/// <summary>
/// What the service makes of one photo: every face found, the face it chose, and that face's embedding — or why it
/// would refuse the photo (<see cref="Refusal"/>, e.g. no face → 422).
/// </summary>
internal sealed record PhotoReading(
    string Photo,
    int Width,
    int Height,
    IReadOnlyList<FaceSummary> Faces,
    FaceSummary? Chosen,
    Embedding? Embedding,
    string? Refusal)
{
    public bool HasFace => Embedding is not null;

    /// <summary>Another face is more central and scored at least as high: the choice passed over the likely subject.</summary>
    public FaceSummary? MoreCentralFace =>
        Chosen is null ? null : Faces.Where(f => f.CentreOffset < Chosen.CentreOffset && f.Score >= Chosen.Score).MinBy(f => f.CentreOffset);

    /// <summary>Issue 8, cause 2: the chosen face is at the border while a more central face scored at least as high.</summary>
    public bool ChoseBorderFaceOverCentralFace => Chosen is { NearBorder: true } && MoreCentralFace is not null;
}
