namespace FaceRecognition.Domain.Faces;

/// <summary>One face found in an image: where it is, how sure the detector is, and its five landmarks.</summary>
public sealed record DetectedFace(FaceBox Box, float Score, FaceLandmarks Landmarks)
{
    /// <summary>
    /// The 68 points (iBUG 300-W layout) the five landmarks were reduced from, when the detector located them; lets
    /// attribute models that need more than five points (eye state) reuse the detector's landmark pass.
    /// </summary>
    public IReadOnlyList<FacePoint>? Landmarks68 { get; init; }
}
