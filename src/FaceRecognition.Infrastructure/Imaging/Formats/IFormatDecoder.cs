using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Infrastructure.Imaging.Formats;

/// <summary>
/// One image format. Kept behind this seam so that an official package can later replace a single decoder.
/// Implementations throw only <see cref="Application.Common.Exceptions.InvalidImageException"/> for bad data.
/// </summary>
internal interface IFormatDecoder
{
    /// <summary>Name used in messages, e.g. "JPEG".</summary>
    string Name { get; }

    /// <summary>True when the magic bytes at the start belong to this format.</summary>
    bool CanDecode(ReadOnlySpan<byte> data);

    /// <summary>Width and height from the header alone (cheap, no allocation proportional to the image).</summary>
    ImageSize ReadSize(ReadOnlySpan<byte> data);

    /// <summary>Full decode to RGB, as stored (before any EXIF orientation).</summary>
    RgbImage Decode(ReadOnlySpan<byte> data);

    /// <summary>EXIF orientation stored in the file, or <see cref="Exif.ExifOrientation.Normal"/>.</summary>
    Exif.ExifOrientation ReadOrientation(ReadOnlySpan<byte> data) => Exif.ExifOrientation.Normal;
}
