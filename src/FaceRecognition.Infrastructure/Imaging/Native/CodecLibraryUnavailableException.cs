namespace FaceRecognition.Infrastructure.Imaging.Native;

/// <summary>A system codec library (or one of its functions) could not be loaded; the message names the package.</summary>
public sealed class CodecLibraryUnavailableException : Exception
{
    public CodecLibraryUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
