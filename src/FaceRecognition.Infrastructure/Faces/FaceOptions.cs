namespace FaceRecognition.Infrastructure.Faces;

/// <summary>Configuration section <c>Faces</c>.</summary>
public sealed class FaceOptions
{
    public const string SectionName = "Faces";

    /// <summary>Detector confidence (face class probability) a box needs to count as a face.</summary>
    public float MinDetectionScore { get; set; } = 0.7f;

    /// <summary>Boxes whose shorter side is below this many pixels (of the full image) are dropped: too small to recognise.</summary>
    public int MinFaceSize { get; set; } = 20;
}
