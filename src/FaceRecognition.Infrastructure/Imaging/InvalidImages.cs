using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Infrastructure.Imaging.Headers;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Builds the exceptions the decoder throws, so messages read the same for every format.</summary>
internal static class InvalidImages
{
    public static InvalidImageException Corrupt(ImageFormat format, string detail, Exception? inner = null) =>
        new(InvalidImageReason.Corrupt, $"The {format.DisplayName()} image is damaged or truncated ({detail}). Re-export or re-send the original file.", inner);
}
