using System.Buffers.Binary;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.TestSupport;

namespace FaceRecognition.UnitTests.Imaging;

/// <summary>Builds small images and hand-made file bytes in memory for the imaging tests.</summary>
internal static class TestImages
{
    public static readonly byte[] Red = [255, 0, 0];
    public static readonly byte[] Green = [0, 255, 0];
    public static readonly byte[] Blue = [0, 0, 255];
    public static readonly byte[] White = [255, 255, 255];

    public static RgbImage Filled(int width, int height, Func<int, int, (byte R, byte G, byte B)> colour)
    {
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = colour(x, y);
                var p = ((y * width) + x) * 3;
                pixels[p] = r;
                pixels[p + 1] = g;
                pixels[p + 2] = b;
            }
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>Four flat quadrants: top-left red, top-right green, bottom-left blue, bottom-right white.</summary>
    public static RgbImage Quadrants(int width, int height) => Filled(width, height, (x, y) =>
    {
        var colour = (x < width / 2, y < height / 2) switch
        {
            (true, true) => Red,
            (false, true) => Green,
            (true, false) => Blue,
            _ => White,
        };
        return (colour[0], colour[1], colour[2]);
    });

    public static byte[] Pixel(RgbImage image, int x, int y) => image.Pixels.AsSpan(((y * image.Width) + x) * 3, 3).ToArray();

    /// <summary>A JPEG with an APP1 Exif segment holding only an orientation tag, inserted right after SOI.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation, bool littleEndian)
    {
        var tiff = new byte[8 + 2 + 12 + 4];
        void U16(int at, ushort v)
        {
            if (littleEndian)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), v);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), v);
            }
        }

        void U32(int at, uint v)
        {
            if (littleEndian)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at), v);
            }
            else
            {
                BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), v);
            }
        }

        tiff[0] = tiff[1] = (byte)(littleEndian ? 'I' : 'M');
        U16(2, 42);
        U32(4, 8);
        U16(8, 1);             // one entry
        U16(10, 0x0112);       // orientation
        U16(12, 3);            // SHORT
        U32(14, 1);            // count
        U16(18, orientation);  // value, left-justified
        return WithApp1(jpeg, [.. "Exif\0\0"u8, .. tiff]);
    }

    public static byte[] WithApp1(byte[] jpeg, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    /// <summary>An uncompressed BMP of the image, 24 or 32 bits, bottom-up or top-down.</summary>
    public static byte[] Bmp(RgbImage image, int bits, bool topDown)
    {
        var rowBytes = ((bits * image.Width) + 31) / 32 * 4;
        var data = new byte[54 + (rowBytes * image.Height)];
        WriteBmpHeader(data, image.Width, topDown ? -image.Height : image.Height, bits, 54, 0);
        for (var y = 0; y < image.Height; y++)
        {
            var row = 54 + ((topDown ? y : image.Height - 1 - y) * rowBytes);
            for (var x = 0; x < image.Width; x++)
            {
                var p = Pixel(image, x, y);
                var at = row + (x * (bits / 8));
                data[at] = p[2];
                data[at + 1] = p[1];
                data[at + 2] = p[0];
            }
        }

        return data;
    }

    /// <summary>An 8-bit palette BMP: pixel (x, y) uses palette entry indices[y][x].</summary>
    public static byte[] Bmp8(byte[][] palette, byte[][] indices)
    {
        var width = indices[0].Length;
        var height = indices.Length;
        var rowBytes = (width + 3) / 4 * 4;
        var pixelOffset = 54 + (palette.Length * 4);
        var data = new byte[pixelOffset + (rowBytes * height)];
        WriteBmpHeader(data, width, height, 8, pixelOffset, palette.Length);
        for (var i = 0; i < palette.Length; i++)
        {
            data[54 + (i * 4)] = palette[i][2];
            data[54 + (i * 4) + 1] = palette[i][1];
            data[54 + (i * 4) + 2] = palette[i][0];
        }

        for (var y = 0; y < height; y++)
        {
            indices[y].CopyTo(data, pixelOffset + ((height - 1 - y) * rowBytes));
        }

        return data;
    }

    public static void WriteBmpHeader(byte[] data, int width, int height, int bits, int pixelOffset, int colours)
    {
        data[0] = (byte)'B';
        data[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(2), data.Length);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(10), pixelOffset);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(28), (short)bits);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(46), colours);
    }

    /// <summary>A one-frame GIF (see <see cref="AnimatedImageFiles.Gif"/>).</summary>
    public static byte[] Gif(byte[][] palette, byte[][] indices, int? transparentIndex = null) => AnimatedImageFiles.Gif(palette, [indices], transparentIndex);

    public static byte[] AnimatedGif(byte[][] palette, byte[][][] frames) => AnimatedImageFiles.Gif(palette, frames);

    public static byte[] AnimatedWebP(int width, int height, params byte[][] stillFrames) => AnimatedImageFiles.WebP(width, height, stillFrames);

    /// <summary>The directory holding the six sample photos (deploy/bootstrap.sh puts them in .cache/samples).</summary>
    public static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".cache", "samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No .cache/samples above the test directory: run deploy/bootstrap.sh --with-test-deps.");
    }
}
