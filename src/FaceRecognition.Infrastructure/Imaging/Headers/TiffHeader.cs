using System.Buffers.Binary;

namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>
/// TIFF (classic and BigTIFF, either byte order): the first image file directory's ImageWidth (256) and
/// ImageLength (257) tags. Only the first page is decoded.
/// </summary>
internal static class TiffHeader
{
    private const ushort ImageWidthTag = 256;
    private const ushort ImageLengthTag = 257;

    public static bool IsMatch(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && ((data[0] == 'I' && data[1] == 'I' && data[3] == 0 && data[2] is 42 or 43)
                             || (data[0] == 'M' && data[1] == 'M' && data[2] == 0 && data[3] is 42 or 43));

    public static ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        var reader = new Reader(data, littleEndian: data[0] == 'I');
        var big = reader.UInt16(2) == 43;
        var directory = big ? reader.UInt64(8) : reader.UInt32(4);
        var entryCount = big ? reader.UInt64(directory) : reader.UInt16(directory);
        var entrySize = big ? 20 : 12;
        var firstEntry = directory + (big ? 8UL : 2UL);
        long? width = null, height = null;
        for (ulong i = 0; i < entryCount && (width is null || height is null); i++)
        {
            var entry = firstEntry + (i * (ulong)entrySize);
            var tag = reader.UInt16(entry);
            if (tag is not (ImageWidthTag or ImageLengthTag))
            {
                continue;
            }

            var value = ReadValue(reader, entry, big);
            if (tag == ImageWidthTag)
            {
                width = value;
            }
            else
            {
                height = value;
            }
        }

        return width is long w && height is long h
            ? new ImageSize(w, h)
            : throw InvalidImages.Corrupt(ImageFormat.Tiff, "the first directory has no width or height");
    }

    /// <summary>A SHORT, LONG or LONG8 value stored in the entry itself (count 1 always fits).</summary>
    private static long ReadValue(Reader reader, ulong entry, bool big)
    {
        var type = reader.UInt16(entry + 2);
        var valueAt = entry + (big ? 12UL : 8UL);
        return type switch
        {
            3 => reader.UInt16(valueAt),
            4 => reader.UInt32(valueAt),
            16 when big => (long)Math.Min(reader.UInt64(valueAt), long.MaxValue),
            _ => throw InvalidImages.Corrupt(ImageFormat.Tiff, $"a size tag has field type {type}"),
        };
    }

    /// <summary>Bounds-checked reads at file offsets; an offset past the end reads as a damaged header.</summary>
    private readonly ref struct Reader(ReadOnlySpan<byte> data, bool littleEndian)
    {
        private readonly ReadOnlySpan<byte> _data = data;

        public ushort UInt16(ulong offset)
        {
            var bytes = At(offset, 2);
            return littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes);
        }

        public uint UInt32(ulong offset)
        {
            var bytes = At(offset, 4);
            return littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);
        }

        public ulong UInt64(ulong offset)
        {
            var bytes = At(offset, 8);
            return littleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(bytes) : BinaryPrimitives.ReadUInt64BigEndian(bytes);
        }

        private ReadOnlySpan<byte> At(ulong offset, int length) =>
            offset <= (ulong)_data.Length && (ulong)_data.Length - offset >= (ulong)length
                ? _data.Slice((int)offset, length)
                : throw InvalidImages.Corrupt(ImageFormat.Tiff, $"an offset ({offset}) points past the end of the file");
    }
}
