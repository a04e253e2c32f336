using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using OpenCvSharp;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// The face warped onto the square alignment template by OpenCV's WarpAffine (bilinear, black outside), from the
/// coarsest decoded scale at which the face still has the template's size in pixels. A face more than twice the
/// template's size is first area-averaged down to it, so the warp does not alias.
/// </summary>
public static class AlignedFaceCrop
{
    public static Mat Warp(RgbImage image, SimilarityTransform imageToTemplate, int size)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Warp(ImageLevels.ForRegion(image, (float)(size / imageToTemplate.Scale), size), imageToTemplate, size);
    }

    public static Mat Warp(ImageLevel level, SimilarityTransform imageToTemplate, int size)
    {
        ArgumentNullException.ThrowIfNull(level);

        // Pixel centres: level x sits at full-resolution (x + 0.5)·ScaleX − 0.5, so the level's matrix scales the
        // columns of the image's one and shifts its origin by that half-pixel difference.
        var (a, b, sx, sy) = (imageToTemplate.A, imageToTemplate.B, (double)level.ScaleX, (double)level.ScaleY);
        var (ox, oy) = ((0.5 * sx) - 0.5, (0.5 * sy) - 0.5);
        double[] matrix =
        [
            a * sx, -b * sy, imageToTemplate.Tx + (a * ox) - (b * oy),
            b * sx, a * sy, imageToTemplate.Ty + (b * ox) + (a * oy),
        ];
        using var source = level.AsMat();
        var output = new Mat();
        try
        {
            var scale = imageToTemplate.Scale * level.ScaleX;
            if (scale >= 0.5)
            {
                WarpAffine(source, output, matrix, size);
                return output;
            }

            var roi = SourceRegion(level, imageToTemplate, size, margin: (int)Math.Ceiling(2 / scale));
            using var region = new Mat(source, roi);
            using var reduced = new Mat();
            var reducedSize = new Size(Math.Max(1, (int)Math.Round(roi.Width * scale)), Math.Max(1, (int)Math.Round(roi.Height * scale)));
            Cv2.Resize(region, reduced, reducedSize, 0, 0, InterpolationFlags.Area);

            // Pixel u of the reduced region sits at level x = roi.X + (u + 0.5) / fx − 0.5 (OpenCV's resize geometry).
            var fx = (double)reducedSize.Width / roi.Width;
            var fy = (double)reducedSize.Height / roi.Height;
            var originX = roi.X + (0.5 / fx) - 0.5;
            var originY = roi.Y + (0.5 / fy) - 0.5;
            double[] reducedMatrix =
            [
                matrix[0] / fx, matrix[1] / fy, matrix[2] + (matrix[0] * originX) + (matrix[1] * originY),
                matrix[3] / fx, matrix[4] / fy, matrix[5] + (matrix[3] * originX) + (matrix[4] * originY),
            ];
            WarpAffine(reduced, output, reducedMatrix, size);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    private static void WarpAffine(Mat source, Mat output, double[] matrix, int size)
    {
        using var transform = Mat.FromPixelData(2, 3, MatType.CV_64FC1, matrix);
        Cv2.WarpAffine(source, output, transform, new Size(size, size), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.Black);
    }

    /// <summary>
    /// The level pixels the template square is taken from, inside the image, plus a margin of
    /// <paramref name="margin"/> pixels so that the bilinear taps at the square's edge read the image, not a border.
    /// </summary>
    private static Rect SourceRegion(ImageLevel level, SimilarityTransform imageToTemplate, int size, int margin)
    {
        var templateToImage = imageToTemplate.Invert();
        var corners = new[] { (0f, 0f), (size, 0f), (0f, size), ((float)size, (float)size) }
            .Select(c => templateToImage.Map(new Domain.Faces.FacePoint(c.Item1, c.Item2)))
            .Select(p => (X: p.X / level.ScaleX, Y: p.Y / level.ScaleY))
            .ToList();
        var left = (int)Math.Floor(corners.Min(c => c.X)) - margin;
        var top = (int)Math.Floor(corners.Min(c => c.Y)) - margin;
        var right = (int)Math.Ceiling(corners.Max(c => c.X)) + margin;
        var bottom = (int)Math.Ceiling(corners.Max(c => c.Y)) + margin;
        var region = new Rect(left, top, right - left, bottom - top).Intersect(new Rect(0, 0, level.Width, level.Height));
        return region.Width > 0 && region.Height > 0 ? region : new Rect(0, 0, level.Width, level.Height);
    }
}
