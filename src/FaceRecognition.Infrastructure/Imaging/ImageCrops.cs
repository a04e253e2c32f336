using FaceRecognition.Domain.Faces;
using OpenCvSharp;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Regions of an image cut and scaled by OpenCV, addressed in full-resolution coordinates (edges, not centres).</summary>
public static class ImageCrops
{
    /// <summary>
    /// <paramref name="region"/> resized to width×height: area-averaged when both sides shrink (no aliasing), else
    /// bilinear; any part outside the image reads as black. The region is cut on whole pixels of the level; the one
    /// actually cut is returned (full-resolution coordinates) for mapping model outputs back. The caller disposes the Mat.
    /// </summary>
    public static (Mat Crop, FaceBox Region) CropResize(ImageLevel level, FaceBox region, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (!(region.Width > 0) || !(region.Height > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(region), $"The region {region} is empty.");
        }

        var scaled = level.ToLevel(region);
        var left = (int)Math.Round(scaled.X);
        var top = (int)Math.Round(scaled.Y);
        var cut = new Rect(left, top, Math.Max(1, (int)Math.Round(scaled.Right) - left), Math.Max(1, (int)Math.Round(scaled.Bottom) - top));
        var inside = cut.Intersect(new Rect(0, 0, level.Width, level.Height));
        var output = new Mat(height, width, MatType.CV_8UC3, Scalar.Black);
        try
        {
            if (inside.Width > 0 && inside.Height > 0)
            {
                using var source = level.AsMat();
                using var visible = new Mat(source, inside);
                using var padded = new Mat();
                Cv2.CopyMakeBorder(
                    visible, padded, inside.Top - cut.Top, cut.Bottom - inside.Bottom, inside.Left - cut.Left, cut.Right - inside.Right,
                    BorderTypes.Constant, Scalar.Black);
                var shrinking = cut.Width >= width && cut.Height >= height;
                Cv2.Resize(padded, output, new Size(width, height), 0, 0, shrinking ? InterpolationFlags.Area : InterpolationFlags.Linear);
            }

            return (output, level.ToFull(new FaceBox(cut.X, cut.Y, cut.Width, cut.Height)));
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The whole level scaled, keeping its aspect ratio, to fit width×height, at the top-left of a black canvas. The
    /// scales returned are canvas pixels per full-resolution pixel. The caller disposes the Mat.
    /// </summary>
    public static (Mat Canvas, float ScaleX, float ScaleY) Letterbox(ImageLevel level, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(level);
        var fit = Math.Min((double)width / level.Width, (double)height / level.Height);
        var fittedWidth = Math.Clamp((int)Math.Round(level.Width * fit), 1, width);
        var fittedHeight = Math.Clamp((int)Math.Round(level.Height * fit), 1, height);
        var canvas = new Mat(height, width, MatType.CV_8UC3, Scalar.Black);
        try
        {
            using var source = level.AsMat();
            using var target = new Mat(canvas, new Rect(0, 0, fittedWidth, fittedHeight));
            var interpolation = fit <= 1 ? InterpolationFlags.Area : InterpolationFlags.Linear;
            Cv2.Resize(source, target, new Size(fittedWidth, fittedHeight), 0, 0, interpolation);
            return (canvas, fittedWidth / (level.Width * level.ScaleX), fittedHeight / (level.Height * level.ScaleY));
        }
        catch
        {
            canvas.Dispose();
            throw;
        }
    }
}
