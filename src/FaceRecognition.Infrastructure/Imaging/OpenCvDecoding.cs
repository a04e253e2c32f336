using FaceRecognition.Infrastructure.Imaging.Headers;
using OpenCvSharp;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// <c>Cv2.ImDecode</c> into our RGB byte layout. OpenCV applies the EXIF orientation (for every mode used here) and
/// answers damaged input with an empty Mat, which becomes a Corrupt error; its Mats are disposed before returning.
/// </summary>
internal static class OpenCvDecoding
{
    /// <summary>Decodes at 1/<paramref name="reduction"/> scale (1, 2, 4 or 8; scales other than 1 are JPEG only).</summary>
    public static (byte[] Pixels, int Width, int Height) DecodeRgb(ReadOnlySpan<byte> data, ImageFormat format, int reduction = 1)
    {
        var mode = reduction switch
        {
            1 => ImreadModes.Color,
            2 => ImreadModes.ReducedColor2,
            4 => ImreadModes.ReducedColor4,
            8 => ImreadModes.ReducedColor8,
            _ => throw new ArgumentOutOfRangeException(nameof(reduction), reduction, "JPEG decodes at 1/1, 1/2, 1/4 or 1/8."),
        };

        Mat bgr;
        try
        {
            bgr = Cv2.ImDecode(data, mode);
        }
        catch (OpenCVException ex)
        {
            throw InvalidImages.Corrupt(format, "OpenCV could not decode it", ex);
        }

        using (bgr)
        {
            if (bgr.Empty())
            {
                throw InvalidImages.Corrupt(format, "OpenCV could not decode it");
            }

            var pixels = new byte[(long)bgr.Width * bgr.Height * 3];
            using var rgb = Mat.FromPixelData(bgr.Height, bgr.Width, MatType.CV_8UC3, pixels);
            Cv2.CvtColor(bgr, rgb, ColorConversionCodes.BGR2RGB);
            return (pixels, bgr.Width, bgr.Height);
        }
    }
}
