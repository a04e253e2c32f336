using FaceRecognition.Domain.Imaging;
using OpenCvSharp;

namespace FaceRecognition.TestSupport;

/// <summary>
/// Test-side image making with OpenCV: files in every accepted format from pixels, and the crops and resizes the
/// tests use to turn sample photos into portraits and "other photos". Nothing here is used by the service.
/// </summary>
public static class TestImageFiles
{
    private const int JpegSamplingFactor = 7;   // cv::IMWRITE_JPEG_SAMPLING_FACTOR
    private const int JpegSampling444 = 0x111111; // no chroma subsampling, so flat colour blocks survive exactly

    public static byte[] Jpeg(RgbImage image, int quality) =>
        Encode(".jpg", image, [(int)ImwriteFlags.JpegQuality, quality, JpegSamplingFactor, JpegSampling444]);

    public static byte[] Png(RgbImage image) => Encode(".png", image, []);

    /// <summary>Lossless WebP (quality above 100 selects the lossless coder).</summary>
    public static byte[] WebPLossless(RgbImage image) => Encode(".webp", image, [(int)ImwriteFlags.WebPQuality, 101]);

    public static byte[] WebPLossy(RgbImage image, int quality) => Encode(".webp", image, [(int)ImwriteFlags.WebPQuality, quality]);

    /// <summary>24-bit BMP.</summary>
    public static byte[] Bmp(RgbImage image) => Encode(".bmp", image, []);

    public static byte[] Tiff(RgbImage image) => Encode(".tiff", image, []);

    /// <summary>The part of the rectangle inside the image. Throws when nothing of it is.</summary>
    public static RgbImage Crop(RgbImage source, int x, int y, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(source);
        var inside = new Rect(x, y, width, height).Intersect(new Rect(0, 0, source.Width, source.Height));
        if (inside.Width <= 0 || inside.Height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"The crop {width}x{height} at ({x}, {y}) misses the {source.Width}x{source.Height} image.");
        }

        using var mat = AsMat(source);
        using var region = new Mat(mat, inside);
        return FromRgbMat(region);
    }

    /// <summary>Area-averaged when shrinking, bilinear when enlarging.</summary>
    public static RgbImage Resize(RgbImage source, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var mat = AsMat(source);
        using var resized = new Mat();
        var shrinking = width <= source.Width && height <= source.Height;
        Cv2.Resize(mat, resized, new Size(width, height), 0, 0, shrinking ? InterpolationFlags.Area : InterpolationFlags.Linear);
        return FromRgbMat(resized);
    }

    /// <summary>An RGB Mat header over the image's pixels (pinned until disposed).</summary>
    public static Mat AsMat(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Mat.FromPixelData(image.Height, image.Width, MatType.CV_8UC3, image.Pixels);
    }

    public static RgbImage FromRgbMat(Mat rgb)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        var pixels = new byte[rgb.Width * rgb.Height * 3];
        using var target = Mat.FromPixelData(rgb.Height, rgb.Width, MatType.CV_8UC3, pixels);
        rgb.CopyTo(target);
        return new RgbImage(rgb.Width, rgb.Height, pixels);
    }

    /// <summary>Encodes any BGR Mat (OpenCV's order) to the format of <paramref name="extension"/>.</summary>
    public static byte[] EncodeBgr(string extension, Mat bgr, params int[] parameters)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        return Cv2.ImEncode(extension, bgr, out var bytes, parameters) ? bytes : throw new InvalidOperationException($"OpenCV could not encode {extension}.");
    }

    private static byte[] Encode(string extension, RgbImage image, int[] parameters)
    {
        using var rgb = AsMat(image);
        using var bgr = new Mat();
        Cv2.CvtColor(rgb, bgr, ColorConversionCodes.RGB2BGR);
        return EncodeBgr(extension, bgr, parameters);
    }
}
