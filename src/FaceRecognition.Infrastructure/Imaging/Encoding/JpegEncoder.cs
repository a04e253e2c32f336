using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Native;

namespace FaceRecognition.Infrastructure.Imaging.Encoding;

/// <summary>RGB to JPEG (4:4:4) through TurboJPEG; used to build test and benchmark inputs in memory.</summary>
internal static unsafe class JpegEncoder
{
    public static byte[] Encode(RgbImage image, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        var tj = TurboJpeg.Instance;
        var handle = tj.InitCompress();
        if (handle == 0)
        {
            throw new InvalidOperationException("tjInitCompress failed.");
        }

        byte* jpeg = null;
        try
        {
            nuint size = 0;
            fixed (byte* rgb = image.Pixels)
            {
                if (tj.Compress(handle, rgb, image.Width, image.Stride, image.Height, &jpeg, &size, quality) != 0)
                {
                    throw new InvalidOperationException($"tjCompress2 failed: {tj.ErrorMessage(handle)}");
                }
            }

            return new ReadOnlySpan<byte>(jpeg, checked((int)size)).ToArray();
        }
        finally
        {
            if (jpeg != null)
            {
                tj.Free(jpeg);
            }

            tj.Destroy(handle);
        }
    }
}
