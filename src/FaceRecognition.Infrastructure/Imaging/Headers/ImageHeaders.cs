namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>
/// Recognises the accepted formats by their magic bytes and reads width and height from their headers in managed
/// code, so the pixel budget is enforced before any native decoder sees the bytes (docs/decisions/0003).
/// </summary>
internal static class ImageHeaders
{
    /// <summary>The accepted formats, as every message about them names them.</summary>
    public const string AcceptedFormats = "JPEG, PNG, WebP, BMP, GIF or TIFF";

    public static ImageFormat? Identify(ReadOnlySpan<byte> data) =>
        JpegHeader.IsMatch(data) ? ImageFormat.Jpeg
        : PngHeader.IsMatch(data) ? ImageFormat.Png
        : WebPHeader.IsMatch(data) ? ImageFormat.WebP
        : BmpHeader.IsMatch(data) ? ImageFormat.Bmp
        : GifHeader.IsMatch(data) ? ImageFormat.Gif
        : TiffHeader.IsMatch(data) ? ImageFormat.Tiff
        : null;

    /// <summary>Width and height as the header states them; throws Corrupt when the header cannot be read.</summary>
    public static ImageSize ReadSize(ImageFormat format, ReadOnlySpan<byte> data)
    {
        try
        {
            return format switch
            {
                ImageFormat.Jpeg => JpegHeader.ReadSize(data),
                ImageFormat.Png => PngHeader.ReadSize(data),
                ImageFormat.WebP => WebPHeader.ReadSize(data),
                ImageFormat.Bmp => BmpHeader.ReadSize(data),
                ImageFormat.Gif => GifHeader.ReadSize(data),
                ImageFormat.Tiff => TiffHeader.ReadSize(data),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown image format."),
            };
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName != nameof(format))
        {
            // A slice past the end: every parser checks lengths, this is the net under them.
            throw InvalidImages.Corrupt(format, "its header ends early", ex);
        }
    }

    public static string DisplayName(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Png => "PNG",
        ImageFormat.WebP => "WebP",
        ImageFormat.Bmp => "BMP",
        ImageFormat.Gif => "GIF",
        ImageFormat.Tiff => "TIFF",
        _ => format.ToString(),
    };
}
