namespace FaceRecognition.Domain.Faces;

/// <summary>One face found in an image: where it is, how sure the detector is, and its five landmarks.</summary>
public sealed record DetectedFace(FaceBox Box, float Score, FaceLandmarks Landmarks);
