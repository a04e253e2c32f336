using System.Runtime.InteropServices;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>Test-only JPEG encoder over libturbojpeg's tjCompress2 (TurboJPEG 2.1 API: errors are return codes).</summary>
internal static class TurboJpegEncoder
{
    private const string Library = "libturbojpeg.so.0";
    private const int PixelFormatRgb = 0;
    private const int Subsampling420 = 2;

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
            var result = TjCompress2(handle, image.Pixels, image.Width, image.Stride, image.Height, PixelFormatRgb, ref buffer, ref size, Subsampling420, quality, 0);
            if (result != 0)
            {
                throw new InvalidOperationException($"tjCompress2 failed: {Marshal.PtrToStringUTF8(TjGetErrorStr2(handle))}");
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

    [DllImport(Library, EntryPoint = "tjGetErrorStr2")]
    private static extern nint TjGetErrorStr2(nint handle);
}
