namespace FaceRecognition.Api.Errors;

/// <summary>A file or the whole request is larger than the configured limit.</summary>
public sealed class UploadTooLargeException(string message) : Exception(message);
