namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>Why an upload could not be used as an image.</summary>
public enum InvalidImageReason
{
    /// <summary>Zero bytes.</summary>
    Empty,

    /// <summary>Not JPEG, PNG, WebP, BMP, GIF or TIFF (recognised by its first bytes).</summary>
    UnsupportedFormat,

    /// <summary>Recognised format, but the data is damaged or truncated.</summary>
    Corrupt,

    /// <summary>More pixels (or a larger side) than the configured budget.</summary>
    TooLarge,
}

/// <summary>An upload is not a usable image; the message says what to do about it.</summary>
public sealed class InvalidImageException : Exception
{
    public InvalidImageException(InvalidImageReason reason, string message, Exception? inner = null)
        : base(message, inner)
    {
        Reason = reason;
    }

    public InvalidImageReason Reason { get; }

    /// <summary>The form field the image came from, filled in by the caller that knows it.</summary>
    public string? Field { get; init; }
}
