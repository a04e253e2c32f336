using FaceRecognition.Application.Common.Exceptions;

namespace FaceRecognition.Infrastructure.Imaging.Formats;

/// <summary>Builds the exceptions the decoders throw, so messages read the same for every format.</summary>
internal static class InvalidImages
{
    public static InvalidImageException Corrupt(string format, string detail, Exception? inner = null) =>
        new(InvalidImageReason.Corrupt, $"The {format} image is damaged or truncated ({detail}). Re-export or re-send the original file.", inner);

    public static InvalidImageException Unsupported(string format, string detail) =>
        new(InvalidImageReason.UnsupportedFormat, $"This {format} variant is not supported ({detail}). Convert the image to JPEG or PNG.");
}
