using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Native;

namespace FaceRecognition.Infrastructure.Imaging.Formats;

/// <summary>WebP (lossy, lossless, first frame of animated) through libwebp, decoded straight into our buffer.</summary>
internal sealed unsafe class WebPDecoder : IFormatDecoder
{
    public string Name => "WebP";

    public bool CanDecode(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8);

    public ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        fixed (byte* bytes = data)
        {
            // WebPGetInfo parses only the container and bitstream headers.
            if (!LibWebP.Instance.GetInfo(bytes, (nuint)data.Length, out var width, out var height))
            {
                throw InvalidImages.Corrupt(Name, "the RIFF/VP8 headers are invalid");
            }

            return new ImageSize(width, height);
        }
    }

    public RgbImage Decode(ReadOnlySpan<byte> data)
    {
        var size = ReadSize(data);
        var width = (int)size.Width;
        var height = (int)size.Height;
        var pixels = new byte[(long)width * height * 3];
        fixed (byte* bytes = data)
        fixed (byte* rgb = pixels)
        {
            if (!LibWebP.Instance.DecodeRgbInto(bytes, (nuint)data.Length, rgb, (nuint)pixels.Length, width * 3))
            {
                throw InvalidImages.Corrupt(Name, "libwebp could not decode the bitstream");
            }
        }

        return new RgbImage(width, height, pixels);
    }
}
