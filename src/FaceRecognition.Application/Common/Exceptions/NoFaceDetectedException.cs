namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>An image that must show a face shows none the detector can find.</summary>
public sealed class NoFaceDetectedException(string field)
    : Exception($"No face detected in '{field}'. Send a photo where the face is clearly visible, roughly frontal and at least about 40 pixels wide.")
{
    public string Field { get; } = field;
}
