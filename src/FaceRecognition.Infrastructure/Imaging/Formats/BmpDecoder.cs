using System.Buffers.Binary;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Infrastructure.Imaging.Formats;

/// <summary>
/// Windows BMP parsed in C#: uncompressed 24- and 32-bit (BI_RGB, or BI_BITFIELDS with the standard masks) and
/// 8-bit palette, bottom-up or top-down. RLE and other depths are refused as unsupported, never guessed at.
/// </summary>
internal sealed class BmpDecoder : IFormatDecoder
{
    private const int FileHeaderSize = 14;
    private const uint CompressionRgb = 0;
    private const uint CompressionBitFields = 3;

    public string Name => "BMP";

    public bool CanDecode(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == (byte)'B' && data[1] == (byte)'M';

    public ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        var header = ReadHeader(data);
        return new ImageSize(header.Width, Math.Abs((long)header.Height));
    }

    public RgbImage Decode(ReadOnlySpan<byte> data)
    {
        var header = ReadHeader(data);
        var width = header.Width;
        var height = (int)Math.Abs((long)header.Height);
        var topDown = header.Height < 0;
        var bits = header.BitsPerPixel;
        if (bits is not (8 or 24 or 32))
        {
            throw InvalidImages.Unsupported(Name, $"{bits} bits per pixel; only 8, 24 and 32 are read");
        }

        if (header.Compression != CompressionRgb && !(bits == 32 && header.Compression == CompressionBitFields && HasStandardMasks(data, header)))
        {
            throw InvalidImages.Unsupported(Name, $"compression type {header.Compression} (RLE or custom bit fields)");
        }

        var rowBytes = ((((long)bits * width) + 31) / 32) * 4;
        if (header.PixelOffset > data.Length || rowBytes * height > data.Length - header.PixelOffset)
        {
            throw InvalidImages.Corrupt(Name, $"the file holds {data.Length} bytes but the header describes {header.PixelOffset + (rowBytes * height)}");
        }

        var palette = bits == 8 ? ReadPalette(data, header) : default;
        var pixels = new byte[(long)width * height * 3];
        var bytesPerPixel = bits / 8;
        for (var y = 0; y < height; y++)
        {
            var sourceRow = topDown ? y : height - 1 - y;
            var row = data.Slice((int)(header.PixelOffset + (sourceRow * rowBytes)), (int)rowBytes);
            var target = pixels.AsSpan(y * width * 3, width * 3);
            for (var x = 0; x < width; x++)
            {
                if (bits == 8)
                {
                    var entry = row[x] * 4;
                    if (entry + 2 < palette.Length)
                    {
                        target[x * 3] = palette[entry + 2];
                        target[(x * 3) + 1] = palette[entry + 1];
                        target[(x * 3) + 2] = palette[entry];
                    }

                    continue; // indices past the palette stay black
                }

                var p = x * bytesPerPixel; // stored B, G, R(, X)
                target[x * 3] = row[p + 2];
                target[(x * 3) + 1] = row[p + 1];
                target[(x * 3) + 2] = row[p];
            }
        }

        return new RgbImage(width, height, pixels);
    }

    private BmpHeader ReadHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length < FileHeaderSize + 4)
        {
            throw InvalidImages.Corrupt(Name, "the file is shorter than its header");
        }

        var pixelOffset = BinaryPrimitives.ReadUInt32LittleEndian(data[10..]);
        var infoSize = BinaryPrimitives.ReadUInt32LittleEndian(data[14..]);
        if (infoSize == 12)
        {
            throw InvalidImages.Unsupported(Name, "OS/2 1.x core header");
        }

        if (infoSize < 40 || infoSize > 1024 || data.Length < FileHeaderSize + 40)
        {
            throw InvalidImages.Corrupt(Name, $"the info header size {infoSize} is invalid");
        }

        var width = BinaryPrimitives.ReadInt32LittleEndian(data[18..]);
        var height = BinaryPrimitives.ReadInt32LittleEndian(data[22..]);
        if (width <= 0 || height == 0 || height == int.MinValue)
        {
            throw InvalidImages.Corrupt(Name, $"the header gives a size of {width}x{height}");
        }

        return new BmpHeader(
            width,
            height,
            BinaryPrimitives.ReadUInt16LittleEndian(data[28..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[30..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[46..]),
            infoSize,
            pixelOffset);
    }

    private static bool HasStandardMasks(ReadOnlySpan<byte> data, BmpHeader header)
    {
        // Masks follow a 40-byte header, or sit inside a V4/V5 header at the same offset.
        const int MaskOffset = FileHeaderSize + 40;
        if (data.Length < MaskOffset + 12)
        {
            return false;
        }

        return BinaryPrimitives.ReadUInt32LittleEndian(data[MaskOffset..]) == 0x00FF0000
            && BinaryPrimitives.ReadUInt32LittleEndian(data[(MaskOffset + 4)..]) == 0x0000FF00
            && BinaryPrimitives.ReadUInt32LittleEndian(data[(MaskOffset + 8)..]) == 0x000000FF
            && header.InfoSize >= 40;
    }

    private ReadOnlySpan<byte> ReadPalette(ReadOnlySpan<byte> data, BmpHeader header)
    {
        var entries = header.ColorsUsed == 0 ? 256 : Math.Min(header.ColorsUsed, 256);
        var start = FileHeaderSize + (long)header.InfoSize;
        var length = entries * 4;
        if (start + length > header.PixelOffset || start + length > data.Length)
        {
            throw InvalidImages.Corrupt(Name, "the colour palette overlaps the pixels or the end of the file");
        }

        return data.Slice((int)start, (int)length);
    }

    private readonly record struct BmpHeader(
        int Width, int Height, int BitsPerPixel, uint Compression, uint ColorsUsed, uint InfoSize, uint PixelOffset);
}
