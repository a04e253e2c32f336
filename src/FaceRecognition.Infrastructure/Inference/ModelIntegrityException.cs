namespace FaceRecognition.Infrastructure.Inference;

/// <summary>A model file (or the runtime library) is missing, unlisted in models.lock, or does not match its sha256.</summary>
public sealed class ModelIntegrityException(string filePath, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string FilePath { get; } = filePath;
}
