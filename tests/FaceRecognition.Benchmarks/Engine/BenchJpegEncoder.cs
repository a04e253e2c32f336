using System.Runtime.InteropServices;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Benchmarks.Engine;

/// <summary>Makes the bench's JPEG inputs in memory through libturbojpeg's tjCompress2.</summary>
internal static class BenchJpegEncoder
{
    private const string Library = "libturbojpeg.so.0";

    public static byte[] Encode(RgbImage image, int quality)
    {
        var handle = TjInitCompress();
        if (handle == 0)
        {
            throw new InvalidOperationException("tjInitCompress failed.");
        }

        nint buffer = 0;
        try
        {
            nuint size = 0;
            if (TjCompress2(handle, image.Pixels, image.Width, image.Stride, image.Height, 0, ref buffer, ref size, 2, quality, 0) != 0)
            {
                throw new InvalidOperationException("tjCompress2 failed.");
            }

            var jpeg = new byte[(int)size];
            Marshal.Copy(buffer, jpeg, 0, jpeg.Length);
            return jpeg;
        }
        finally
        {
            if (buffer != 0)
            {
                TjFree(buffer);
            }

            _ = TjDestroy(handle);
        }
    }

    [DllImport(Library, EntryPoint = "tjInitCompress")]
    private static extern nint TjInitCompress();

    [DllImport(Library, EntryPoint = "tjCompress2")]
    private static extern int TjCompress2(nint handle, byte[] source, int width, int pitch, int height, int pixelFormat, ref nint jpegBuffer, ref nuint jpegSize, int subsampling, int quality, int flags);

    [DllImport(Library, EntryPoint = "tjFree")]
    private static extern void TjFree(nint buffer);

    [DllImport(Library, EntryPoint = "tjDestroy")]
    private static extern int TjDestroy(nint handle);
}
