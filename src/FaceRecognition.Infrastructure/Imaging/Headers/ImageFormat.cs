namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>The formats the service accepts, each recognised by its magic bytes; everything else is refused (415).</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
    Bmp,
    Gif,
    Tiff,
}
