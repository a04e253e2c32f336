namespace FaceRecognition.Domain.Faces;

/// <summary>A point in image pixel coordinates.</summary>
public readonly record struct FacePoint(float X, float Y);
