namespace FaceRecognition.TestSupport;

/// <summary>Animated GIF and WebP files written byte by byte (OpenCV encodes neither animation), for first-frame tests.</summary>
public static class AnimatedImageFiles
{
    /// <summary>
    /// A GIF with a 4-colour global palette whose LZW data is all literal 3-bit codes: a clear code before every
    /// two pixels keeps the dictionary from growing, so the bytes can be written by hand. Each of
    /// <paramref name="frames"/> (rows of palette indices, all the screen's size) becomes one frame.
    /// </summary>
    public static byte[] Gif(byte[][] palette, byte[][][] frames, int? transparentIndex = null)
    {
        var width = frames[0][0].Length;
        var height = frames[0].Length;
        var bytes = new List<byte>();
        bytes.AddRange("GIF89a"u8.ToArray());
        bytes.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80 | 0x01, 0, 0]);
        foreach (var colour in palette)
        {
            bytes.AddRange(colour);
        }

        foreach (var indices in frames)
        {
            if (transparentIndex is int t)
            {
                bytes.AddRange([0x21, 0xF9, 4, 0x01, 0, 0, (byte)t, 0]);
            }
            else if (frames.Length > 1)
            {
                bytes.AddRange([0x21, 0xF9, 4, 0x00, 10, 0, 0, 0]); // 0.1 s per frame
            }

            bytes.AddRange([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0]);
            bytes.AddRange(LzwLiterals(indices.SelectMany(row => row).ToArray()));
        }

        bytes.Add(0x3B);
        return [.. bytes];
    }

    /// <summary>
    /// An animated WebP (VP8X + ANIM + one ANMF per frame) built from still WebP files of equal size; a decoder that
    /// shows one picture shows the first frame.
    /// </summary>
    public static byte[] WebP(int width, int height, params byte[][] stillFrames)
    {
        var chunks = new List<byte>();
        chunks.AddRange(Chunk("VP8X", [0x02, 0, 0, 0, .. UInt24(width - 1), .. UInt24(height - 1)]));
        chunks.AddRange(Chunk("ANIM", [255, 255, 255, 255, 0, 0]));
        foreach (var still in stillFrames)
        {
            // A still file is RIFF(4) size(4) WEBP(4) then its image chunk, which an ANMF frame carries as is.
            chunks.AddRange(Chunk("ANMF", [.. UInt24(0), .. UInt24(0), .. UInt24(width - 1), .. UInt24(height - 1), .. UInt24(100), 0, .. still.AsSpan(12)]));
        }

        var riffSize = 4 + chunks.Count;
        return [.. "RIFF"u8, (byte)riffSize, (byte)(riffSize >> 8), (byte)(riffSize >> 16), (byte)(riffSize >> 24), .. "WEBP"u8, .. chunks];
    }

    private static byte[] Chunk(string fourCc, byte[] payload)
    {
        var size = payload.Length;
        byte[] padding = size % 2 == 1 ? [0] : [];
        return [.. System.Text.Encoding.ASCII.GetBytes(fourCc), (byte)size, (byte)(size >> 8), (byte)(size >> 16), (byte)(size >> 24), .. payload, .. padding];
    }

    private static byte[] UInt24(int value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16)];

    private static List<byte> LzwLiterals(byte[] flat)
    {
        var bytes = new List<byte> { 2 }; // LZW minimum code size
        var codes = new List<int>();
        for (var i = 0; i < flat.Length; i++)
        {
            if (i % 2 == 0)
            {
                codes.Add(4); // clear
            }

            codes.Add(flat[i]);
        }

        codes.Add(5); // end
        var packed = new List<byte>();
        int buffer = 0, count = 0;
        foreach (var code in codes)
        {
            buffer |= code << count;
            count += 3;
            while (count >= 8)
            {
                packed.Add((byte)buffer);
                buffer >>= 8;
                count -= 8;
            }
        }

        if (count > 0)
        {
            packed.Add((byte)buffer);
        }

        foreach (var chunk in packed.Chunk(255))
        {
            bytes.Add((byte)chunk.Length);
            bytes.AddRange(chunk);
        }

        bytes.Add(0);
        return bytes;
    }
}
