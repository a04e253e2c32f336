using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Headers;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// Recognises the format by its magic bytes, checks the header's size against the pixel budget, then decodes with
/// OpenCV (EXIF orientation applied). A large JPEG is decoded at the reduced scale the detector needs
/// (<see cref="ScaledJpegImage"/>); every other image at full size. Everything wrong with the input surfaces as
/// <see cref="InvalidImageException"/>.
/// </summary>
public sealed class ImageDecoder : IImageDecoder
{
    private const int CoarsestJpegScaleIndex = 3; // 1/8, the smallest scale libjpeg decodes to

    private readonly PixelBudget _budget;

    public ImageDecoder(IOptions<ImagingOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public ImageDecoder(ImagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OpenCvRuntime.EnsureLoaded();
        _budget = new PixelBudget(options.MaxPixels, options.MaxSide);
    }

    public RgbImage Decode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new InvalidImageException(InvalidImageReason.Empty, $"The upload is empty (0 bytes). Send a {ImageHeaders.AcceptedFormats} image.");
        }

        var format = ImageHeaders.Identify(data) ?? throw new InvalidImageException(
            InvalidImageReason.UnsupportedFormat,
            $"The upload is not a {ImageHeaders.AcceptedFormats} image (its first bytes match none of them; HEIC, AVIF, JPEG 2000 and other formats are not accepted). Convert the photo to one of those formats.");

        var size = ImageHeaders.ReadSize(format, data);
        _budget.Check(format, size);
        var scaleIndex = format == ImageFormat.Jpeg ? JpegScaleIndex(size) : 0;
        if (scaleIndex > 0 && TryDecodeScaled(data, size, scaleIndex) is { } scaled)
        {
            return scaled;
        }

        var (pixels, width, height) = OpenCvDecoding.DecodeRgb(data, format);
        return new RgbImage(width, height, pixels);
    }

    /// <summary>
    /// The coarsest JPEG scale (as log2 of the reduction) whose result still fills the detector's input whichever way
    /// up the EXIF orientation turns it; 0 = full size. A scale at which both sides round to the same size is skipped
    /// unless the image is square, so the decoded shape tells whether the orientation swapped width and height.
    /// </summary>
    internal static int JpegScaleIndex(ImageSize size)
    {
        for (var index = CoarsestJpegScaleIndex; index > 0; index--)
        {
            var reduction = 1L << index;
            var (width, height) = (CeilDiv(size.Width, reduction), CeilDiv(size.Height, reduction));
            var fillsDetector = Math.Min(width, height) >= ImageLevels.DetectionHeight && Math.Max(width, height) >= ImageLevels.DetectionWidth;
            var shapeTellsOrientation = size.Width == size.Height || Math.Abs(size.Width - size.Height) >= reduction;
            if (fillsDetector && shapeTellsOrientation)
            {
                return index;
            }
        }

        return 0;
    }

    private static ScaledJpegImage? TryDecodeScaled(ReadOnlySpan<byte> data, ImageSize size, int scaleIndex)
    {
        var reduction = 1 << scaleIndex;
        (byte[] Pixels, int Width, int Height) decoded;
        try
        {
            decoded = OpenCvDecoding.DecodeRgb(data, ImageFormat.Jpeg, reduction);
        }
        catch (InvalidImageException)
        {
            // A JPEG variant libjpeg cannot scale is tried once more at full size, which gives the final answer.
            return null;
        }

        var (width, height) = (CeilDiv(size.Width, reduction), CeilDiv(size.Height, reduction));
        (int Width, int Height) upright = (decoded.Width, decoded.Height) == (width, height) ? ((int)size.Width, (int)size.Height)
            : (decoded.Width, decoded.Height) == (height, width) ? ((int)size.Height, (int)size.Width)
            : throw InvalidImages.Corrupt(ImageFormat.Jpeg, "its frame header and its data disagree on the size");
        var level = new ImageLevel(decoded.Pixels, decoded.Width, decoded.Height, upright.Width, upright.Height);
        return new ScaledJpegImage(data.ToArray(), upright.Width, upright.Height, scaleIndex, level);
    }

    private static long CeilDiv(long value, long divisor) => (value + divisor - 1) / divisor;
}
