using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Infrastructure.Imaging.Exif;

/// <summary>Applies an EXIF orientation to decoded pixels so (0, 0) becomes the top-left a person sees.</summary>
internal static class OrientationTransform
{
    public static RgbImage Apply(RgbImage source, ExifOrientation orientation)
    {
        if (orientation == ExifOrientation.Normal || !Enum.IsDefined(orientation))
        {
            return source;
        }

        var w = source.Width;
        var h = source.Height;
        var swapsSides = orientation >= ExifOrientation.Transpose;
        var outWidth = swapsSides ? h : w;
        var outHeight = swapsSides ? w : h;
        var pixels = new byte[source.Pixels.Length];
        var src = source.Pixels;
        for (var y = 0; y < outHeight; y++)
        {
            for (var x = 0; x < outWidth; x++)
            {
                var (sx, sy) = orientation switch
                {
                    ExifOrientation.MirrorHorizontal => (w - 1 - x, y),
                    ExifOrientation.Rotate180 => (w - 1 - x, h - 1 - y),
                    ExifOrientation.MirrorVertical => (x, h - 1 - y),
                    ExifOrientation.Transpose => (y, x),
                    ExifOrientation.Rotate90Clockwise => (y, h - 1 - x),
                    ExifOrientation.Transverse => (w - 1 - y, h - 1 - x),
                    _ => (w - 1 - y, x), // Rotate270Clockwise
                };
                var from = (sy * w * 3) + (sx * 3);
                var to = ((y * outWidth) + x) * 3;
                pixels[to] = src[from];
                pixels[to + 1] = src[from + 1];
                pixels[to + 2] = src[from + 2];
            }
        }

        return new RgbImage(outWidth, outHeight, pixels);
    }
}
