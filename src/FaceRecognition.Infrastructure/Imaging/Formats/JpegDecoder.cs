using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Exif;
using FaceRecognition.Infrastructure.Imaging.Native;

namespace FaceRecognition.Infrastructure.Imaging.Formats;

/// <summary>
/// JPEG through libjpeg-turbo's TurboJPEG API. A handle per call keeps it thread-safe without locks (creating one
/// costs microseconds next to a decode). Any TurboJPEG warning is treated as Corrupt: for a truncated file the
/// library "succeeds" with grey rows where data was missing, and a half-grey face gives a wrong embedding.
/// </summary>
internal sealed unsafe class JpegDecoder : IFormatDecoder
{
    public string Name => "JPEG";

    public bool CanDecode(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        var tj = TurboJpeg.Instance;
        var handle = OpenDecompressor(tj);

        try
        {
            fixed (byte* jpeg = data)
            {
                var (width, height) = ReadHeader(tj, handle, jpeg, data.Length);

                return new ImageSize(width, height);
            }
        }
        finally
        {
            tj.Destroy(handle);
        }
    }

    public RgbImage Decode(ReadOnlySpan<byte> data)
    {
        var tj = TurboJpeg.Instance;
        var handle = OpenDecompressor(tj);

        try
        {
            fixed (byte* jpeg = data)
            {
                var (width, height) = ReadHeader(tj, handle, jpeg, data.Length);

                if (width <= 0 || height <= 0)
                {
                    throw InvalidImages.Corrupt(Name, $"header gives {width}x{height}");
                }

                var pixels = new byte[(long)width * height * 3];
                fixed (byte* rgb = pixels)
                {
                    if (tj.Decompress(handle, jpeg, (nuint)data.Length, rgb, width, width * 3, height, TurboJpeg.FlagLimitScans) != 0)
                    {
                        var kind = tj.LastErrorIsWarning(handle) ? "warning" : "error";
                        throw InvalidImages.Corrupt(Name, $"libjpeg-turbo {kind}: {tj.ErrorMessage(handle)}");
                    }
                }

                return new RgbImage(width, height, pixels);
            }
        }
        finally
        {
            tj.Destroy(handle);
        }
    }

    private static nint OpenDecompressor(TurboJpeg tj)
    {
        var handle = tj.InitDecompress();
        return handle != 0 ? handle : throw new InvalidOperationException("tjInitDecompress failed (out of memory?).");
    }

    private (int Width, int Height) ReadHeader(TurboJpeg tj, nint handle, byte* jpeg, int length) =>
        tj.DecompressHeader(handle, jpeg, (nuint)length, out var width, out var height) == 0
            ? (width, height)
            : throw InvalidImages.Corrupt(Name, tj.ErrorMessage(handle));

    public ExifOrientation ReadOrientation(ReadOnlySpan<byte> data) => ExifOrientationReader.FromJpeg(data);
}
