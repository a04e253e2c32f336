using System.Buffers.Binary;

namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>
/// GIF: the logical screen size, and the first frame's extent (its descriptor may claim more than the screen; only
/// the first frame is decoded), whichever is larger.
/// </summary>
internal static class GifHeader
{
    private const byte ExtensionIntroducer = 0x21;
    private const byte ImageSeparator = 0x2C;

    public static bool IsMatch(ReadOnlySpan<byte> data) => data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8);

    public static ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        if (data.Length < 13)
        {
            throw InvalidImages.Corrupt(ImageFormat.Gif, "the file is shorter than its header");
        }

        long width = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]);
        long height = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
        var flags = data[10];
        var position = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 0x07) + 1) : 0);
        while (position < data.Length)
        {
            var block = data[position];
            if (block == ImageSeparator)
            {
                // Left, top, width, height (little-endian 16-bit).
                if (position + 9 > data.Length)
                {
                    break;
                }

                var frame = data[(position + 1)..];
                width = Math.Max(width, BinaryPrimitives.ReadUInt16LittleEndian(frame) + (long)BinaryPrimitives.ReadUInt16LittleEndian(frame[4..]));
                height = Math.Max(height, BinaryPrimitives.ReadUInt16LittleEndian(frame[2..]) + (long)BinaryPrimitives.ReadUInt16LittleEndian(frame[6..]));
                return new ImageSize(width, height);
            }

            if (block != ExtensionIntroducer)
            {
                break;
            }

            position = SkipSubBlocks(data, position + 2);
        }

        throw InvalidImages.Corrupt(ImageFormat.Gif, "no image frame was found");
    }

    /// <summary>Sub-blocks are length-prefixed and end with a zero length; returns the position after the terminator.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int position)
    {
        while (position < data.Length)
        {
            var length = data[position];
            position += 1 + length;
            if (length == 0)
            {
                return position;
            }
        }

        return data.Length;
    }
}
