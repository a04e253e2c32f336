using System.Buffers.Binary;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Infrastructure.Imaging.Formats;

/// <summary>
/// GIF, first frame only, parsed in C# (no native code touches the bytes). The frame is drawn onto a white canvas of
/// the logical screen size; transparent pixels stay white, as with PNG.
/// </summary>
internal sealed class GifDecoder : IFormatDecoder
{
    private const byte ExtensionIntroducer = 0x21;
    private const byte ImageSeparator = 0x2C;
    private const byte Trailer = 0x3B;
    private const byte GraphicControlLabel = 0xF9;

    public string Name => "GIF";

    public bool CanDecode(ReadOnlySpan<byte> data) => data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8);

    public ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        if (data.Length < 13)
        {
            throw InvalidImages.Corrupt(Name, "the file is shorter than its header");
        }

        return new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
    }

    public RgbImage Decode(ReadOnlySpan<byte> data)
    {
        var size = ReadSize(data);
        var width = (int)size.Width;
        var height = (int)size.Height;
        var flags = data[10];
        var position = 13;
        ReadOnlySpan<byte> globalPalette = default;
        if ((flags & 0x80) != 0)
        {
            var length = 3 << ((flags & 0x07) + 1);
            globalPalette = Slice(data, position, length, "global colour table");
            position += length;
        }

        var transparentIndex = -1;
        while (position < data.Length)
        {
            var block = data[position++];
            if (block == ExtensionIntroducer)
            {
                var label = Slice(data, position, 1, "extension label")[0];
                position++;
                if (label == GraphicControlLabel && position + 5 <= data.Length && data[position] >= 4 && (data[position + 1] & 0x01) != 0)
                {
                    transparentIndex = data[position + 4];
                }

                position = SkipSubBlocks(data, position);
            }
            else if (block == ImageSeparator)
            {
                return DecodeFrame(data, position, width, height, globalPalette, transparentIndex);
            }
            else if (block == Trailer)
            {
                break;
            }
            else
            {
                throw InvalidImages.Corrupt(Name, $"unknown block type 0x{block:X2} at byte {position - 1}");
            }
        }

        throw InvalidImages.Corrupt(Name, "the file contains no image frame");
    }

    private RgbImage DecodeFrame(
        ReadOnlySpan<byte> data, int position, int width, int height, ReadOnlySpan<byte> globalPalette, int transparentIndex)
    {
        var descriptor = Slice(data, position, 9, "image descriptor");
        var left = BinaryPrimitives.ReadUInt16LittleEndian(descriptor);
        var top = BinaryPrimitives.ReadUInt16LittleEndian(descriptor[2..]);
        var frameWidth = BinaryPrimitives.ReadUInt16LittleEndian(descriptor[4..]);
        var frameHeight = BinaryPrimitives.ReadUInt16LittleEndian(descriptor[6..]);
        var flags = descriptor[8];
        position += 9;
        var palette = globalPalette;
        if ((flags & 0x80) != 0)
        {
            var length = 3 << ((flags & 0x07) + 1);
            palette = Slice(data, position, length, "local colour table");
            position += length;
        }

        if (palette.IsEmpty)
        {
            throw InvalidImages.Corrupt(Name, "the frame has no colour table");
        }

        if (frameWidth == 0 || frameHeight == 0 || (long)frameWidth * frameHeight > 4L * width * height)
        {
            throw InvalidImages.Corrupt(Name, $"the first frame is {frameWidth}x{frameHeight} on a {width}x{height} screen");
        }

        var minimumCodeSize = Slice(data, position, 1, "LZW code size")[0];
        position++;
        if (minimumCodeSize is < 2 or > 8)
        {
            throw InvalidImages.Corrupt(Name, $"LZW code size {minimumCodeSize} is outside 2..8");
        }

        var compressed = GatherSubBlocks(data, position);
        var pixels = new byte[(long)width * height * 3];
        Array.Fill(pixels, (byte)255);
        var paletteCopy = palette.ToArray();
        var interlaced = (flags & 0x40) != 0;
        long index = 0;
        void Plot(byte colour)
        {
            var x = (int)(index % frameWidth);
            var row = (int)(index / frameWidth);
            index++;
            var y = top + (interlaced ? InterlacedRow(row, frameHeight) : row);
            var cx = left + x;
            if (colour == transparentIndex || cx >= width || y >= height || (colour * 3) + 2 >= paletteCopy.Length)
            {
                return;
            }

            var p = ((y * width) + cx) * 3;
            pixels[p] = paletteCopy[colour * 3];
            pixels[p + 1] = paletteCopy[(colour * 3) + 1];
            pixels[p + 2] = paletteCopy[(colour * 3) + 2];
        }

        long decoded;
        try
        {
            decoded = GifLzwDecoder.Decode(compressed, minimumCodeSize, (long)frameWidth * frameHeight, Plot);
        }
        catch (InvalidDataException ex)
        {
            throw InvalidImages.Corrupt(Name, ex.Message, ex);
        }

        if (decoded < (long)frameWidth * frameHeight)
        {
            throw InvalidImages.Corrupt(Name, $"the first frame ends after {decoded} of {(long)frameWidth * frameHeight} pixels");
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>Rows of an interlaced frame arrive in four passes: every 8th from 0, every 8th from 4, every 4th from 2, every 2nd from 1.</summary>
    private static int InterlacedRow(int arrival, int height)
    {
        ReadOnlySpan<int> starts = [0, 4, 2, 1];
        ReadOnlySpan<int> steps = [8, 8, 4, 2];
        for (var pass = 0; pass < 4; pass++)
        {
            var rows = (height - starts[pass] + steps[pass] - 1) / steps[pass];
            if (rows > 0 && arrival < rows)
            {
                return starts[pass] + (arrival * steps[pass]);
            }

            arrival -= Math.Max(rows, 0);
        }

        return height; // past the last row: dropped by the caller's bounds check
    }

    private ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, int position, int length, string what)
    {
        if (position < 0 || length > data.Length - position)
        {
            throw InvalidImages.Corrupt(Name, $"the file ends inside the {what}");
        }

        return data.Slice(position, length);
    }

    private int SkipSubBlocks(ReadOnlySpan<byte> data, int position)
    {
        while (true)
        {
            var length = Slice(data, position, 1, "extension data")[0];
            position += 1 + length;
            if (length == 0)
            {
                return position;
            }
        }
    }

    private byte[] GatherSubBlocks(ReadOnlySpan<byte> data, int position)
    {
        using var stream = new MemoryStream();
        while (position < data.Length)
        {
            var length = data[position++];
            if (length == 0)
            {
                break;
            }

            stream.Write(Slice(data, position, length, "image data"));
            position += length;
        }

        return stream.ToArray();
    }
}
