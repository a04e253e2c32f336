using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>Test-side pixel manipulations that ImageOps has no reason to offer: free rotation and quarter turns.</summary>
internal static class PixelTransforms
{
    /// <summary>Rotates about the image centre by <paramref name="degrees"/> (the sign picks the direction), same size, bilinear, black outside.</summary>
    public static RgbImage Rotate(RgbImage source, double degrees)
    {
        var (cx, cy) = ((source.Width - 1) / 2.0, (source.Height - 1) / 2.0);
        var radians = degrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var pixels = new byte[source.Pixels.Length];
        for (var y = 0; y < source.Height; y++)
        {
            for (var x = 0; x < source.Width; x++)
            {
                // Inverse map: where in the source does this output pixel come from.
                var dx = x - cx;
                var dy = y - cy;
                var sx = (cos * dx) - (sin * dy) + cx;
                var sy = (sin * dx) + (cos * dy) + cy;
                Bilinear(source, sx, sy, pixels.AsSpan(((y * source.Width) + x) * 3, 3));
            }
        }

        return new RgbImage(source.Width, source.Height, pixels);
    }

    /// <summary>Where a source point lands after <see cref="Rotate"/>.</summary>
    public static FacePoint RotatePoint(RgbImage source, FacePoint point, double degrees)
    {
        var (cx, cy) = ((source.Width - 1) / 2.0, (source.Height - 1) / 2.0);
        var radians = degrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var dx = point.X - cx;
        var dy = point.Y - cy;
        return new FacePoint((float)((cos * dx) + (sin * dy) + cx), (float)((-sin * dx) + (cos * dy) + cy));
    }

    /// <summary>Quarter turn clockwise: what a camera stores when EXIF orientation 8 asks the viewer to turn it back counter-clockwise.</summary>
    public static RgbImage RotateClockwise(RgbImage source)
    {
        var (w, h) = (source.Width, source.Height);
        var pixels = new byte[source.Pixels.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                // Source (x, y) goes to (h - 1 - y, x) in the h×w result.
                source.Pixels.AsSpan(((y * w) + x) * 3, 3).CopyTo(pixels.AsSpan(((x * h) + (h - 1 - y)) * 3, 3));
            }
        }

        return new RgbImage(h, w, pixels);
    }

    private static void Bilinear(RgbImage source, double x, double y, Span<byte> destination)
    {
        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        var fx = x - x0;
        var fy = y - y0;
        for (var c = 0; c < 3; c++)
        {
            var value = (Sample(source, x0, y0, c) * (1 - fx) * (1 - fy)) + (Sample(source, x0 + 1, y0, c) * fx * (1 - fy))
                + (Sample(source, x0, y0 + 1, c) * (1 - fx) * fy) + (Sample(source, x0 + 1, y0 + 1, c) * fx * fy);
            destination[c] = (byte)Math.Clamp(Math.Round(value), 0, 255);
        }
    }

    private static double Sample(RgbImage source, int x, int y, int channel) =>
        x < 0 || y < 0 || x >= source.Width || y >= source.Height ? 0 : source.Pixels[(((y * source.Width) + x) * 3) + channel];
}
