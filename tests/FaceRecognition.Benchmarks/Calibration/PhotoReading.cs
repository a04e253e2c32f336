using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>One face the detector found, as the diagnostics show it.</summary>
/// <param name="CutByBorder">The box touches the image border: the detector's box was clipped, so the face is cut off.</param>
internal sealed record FaceSummary(FaceBox Box, double Score, bool CutByBorder)
{
    /// <summary>Boxes are clipped to the image; within this many pixels of an edge, the face ran past it.</summary>
    public const float BorderMargin = 1f;

    public static FaceSummary From(DetectedFace face, int imageWidth, int imageHeight)
    {
        ArgumentNullException.ThrowIfNull(face);
        var box = face.Box;
        var cut = box.X <= BorderMargin || box.Y <= BorderMargin
            || box.Right >= imageWidth - BorderMargin || box.Bottom >= imageHeight - BorderMargin;
        return new FaceSummary(box, face.Score, cut);
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

    /// <summary>The chosen face is cut by the border while another, uncut face scored higher (issue 8, cause 2).</summary>
    public bool ChoseCutFaceOverBetter =>
        Chosen is { CutByBorder: true } chosen && Faces.Any(f => !f.CutByBorder && f.Score > chosen.Score);

    /// <summary>The highest-scoring face when it is not the chosen one.</summary>
    public FaceSummary? BetterScoredFace =>
        Chosen is null ? null : Faces.Where(f => f.Score > Chosen.Score).MaxBy(f => f.Score);
}
