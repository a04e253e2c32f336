using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Infrastructure.Imaging.Headers;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Refuses images whose header promises more pixels than configured, before anything is allocated.</summary>
internal sealed class PixelBudget
{
    private readonly long _maxPixels;
    private readonly int _maxSide;

    public PixelBudget(long maxPixels, int maxSide)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSide);

        // A decoded image is one byte array, so no budget may exceed what an array can hold.
        _maxPixels = Math.Min(maxPixels, Array.MaxLength / 3);
        _maxSide = maxSide;
    }

    public void Check(ImageFormat format, ImageSize size)
    {
        if (size.Width <= 0 || size.Height <= 0)
        {
            throw InvalidImages.Corrupt(format, $"the header gives a size of {size.Width}x{size.Height}");
        }

        if (size.Width > _maxSide || size.Height > _maxSide)
        {
            throw new InvalidImageException(
                InvalidImageReason.TooLarge,
                $"The image is {size.Width}x{size.Height}; the limit is {_maxSide} pixels per side. Send a smaller image.");
        }

        if (size.Pixels > _maxPixels)
        {
            throw new InvalidImageException(
                InvalidImageReason.TooLarge,
                $"The image is {size.Width}x{size.Height} ({Megapixels(size.Pixels)} megapixels); the limit is {Megapixels(_maxPixels)} megapixels. Send a smaller image.");
        }
    }

    private static string Megapixels(long pixels) =>
        (pixels / 1_000_000.0).ToString(pixels % 1_000_000 == 0 ? "0" : "0.#", System.Globalization.CultureInfo.InvariantCulture);
}
