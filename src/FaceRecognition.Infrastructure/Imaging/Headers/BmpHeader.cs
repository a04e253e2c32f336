using System.Buffers.Binary;

namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>BMP: "BM", then an info header: OS/2 1.x (12 bytes, 16-bit sizes) or any later one (32-bit sizes; negative height = top-down).</summary>
internal static class BmpHeader
{
    private const int InfoHeaderAt = 14;

    public static bool IsMatch(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == (byte)'B' && data[1] == (byte)'M';

    public static ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        if (data.Length < InfoHeaderAt + 12)
        {
            throw InvalidImages.Corrupt(ImageFormat.Bmp, "the file is shorter than its header");
        }

        var infoSize = BinaryPrimitives.ReadUInt32LittleEndian(data[InfoHeaderAt..]);
        if (infoSize == 12)
        {
            return new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(data[18..]), BinaryPrimitives.ReadUInt16LittleEndian(data[20..]));
        }

        if (infoSize < 16 || data.Length < InfoHeaderAt + 12)
        {
            throw InvalidImages.Corrupt(ImageFormat.Bmp, $"the info header size {infoSize} is invalid");
        }

        var width = BinaryPrimitives.ReadInt32LittleEndian(data[18..]);
        var height = BinaryPrimitives.ReadInt32LittleEndian(data[22..]);
        return new ImageSize(width, Math.Abs((long)height));
    }
}
