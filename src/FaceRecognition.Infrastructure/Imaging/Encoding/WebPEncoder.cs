using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Native;

namespace FaceRecognition.Infrastructure.Imaging.Encoding;

/// <summary>RGB to lossless WebP through libwebp; used to build test inputs whose pixels must survive exactly.</summary>
internal static unsafe class WebPEncoder
{
    public static byte[] EncodeLossless(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var webp = LibWebP.Instance;
        byte* output = null;
        try
        {
            nuint size;
            fixed (byte* rgb = image.Pixels)
            {
                size = webp.EncodeLosslessRgb(rgb, image.Width, image.Height, image.Stride, &output);
            }

            if (size == 0 || output == null)
            {
                throw new InvalidOperationException("WebPEncodeLosslessRGB failed.");
            }

            return new ReadOnlySpan<byte>(output, checked((int)size)).ToArray();
        }
        finally
        {
            if (output != null)
            {
                webp.Free(output);
            }
        }
    }
}
