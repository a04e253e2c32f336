using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Exif;
using FaceRecognition.Infrastructure.Imaging.Formats;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// Picks the format from the magic bytes, checks the header size against the pixel budget, decodes, and applies
/// the EXIF orientation. Everything wrong with the input surfaces as <see cref="InvalidImageException"/>.
/// </summary>
public sealed class ImageDecoder : IImageDecoder
{
    private const string AcceptedFormats = "JPEG, PNG, WebP, BMP or GIF";

    private readonly IReadOnlyList<IFormatDecoder> _formats;
    private readonly PixelBudget _budget;

    public ImageDecoder(IOptions<ImagingOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public ImageDecoder(ImagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _budget = new PixelBudget(options.MaxPixels, options.MaxSide);
        _formats = [new JpegDecoder(), new PngDecoder(), new WebPDecoder(), new BmpDecoder(), new GifDecoder()];
    }

    public RgbImage Decode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new InvalidImageException(InvalidImageReason.Empty, $"The upload is empty (0 bytes). Send a {AcceptedFormats} image.");
        }

        var format = FindFormat(data) ?? throw new InvalidImageException(
            InvalidImageReason.UnsupportedFormat,
            $"The upload is not a {AcceptedFormats} image (its first bytes match none of them). Send a photo in one of those formats.");

        try
        {
            _budget.Check(format.Name, format.ReadSize(data));
            var image = format.Decode(data);
            return OrientationTransform.Apply(image, format.ReadOrientation(data));
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            // Defence in depth for the C# parsers: a malformed file must read as Corrupt, never as a server error.
            throw InvalidImages.Corrupt(format.Name, "its structure is inconsistent", ex);
        }
    }

    private IFormatDecoder? FindFormat(ReadOnlySpan<byte> data)
    {
        foreach (var format in _formats)
        {
            if (format.CanDecode(data))
            {
                return format;
            }
        }

        return null;
    }
}
