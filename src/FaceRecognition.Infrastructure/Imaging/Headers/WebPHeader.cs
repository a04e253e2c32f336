using System.Buffers.Binary;

namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>
/// WebP: a RIFF container whose first chunk is VP8 (lossy: 14-bit sizes in the key frame header), VP8L (lossless:
/// 14-bit sizes minus one after the signature byte) or VP8X (extended, incl. animation: 24-bit canvas size minus one).
/// </summary>
internal static class WebPHeader
{
    public static bool IsMatch(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8);

    public static ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30)
        {
            throw InvalidImages.Corrupt(ImageFormat.WebP, "the file is shorter than its headers");
        }

        var chunk = data[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Chunk header (8), frame tag (3), start code 9D 01 2A, then width and height (low 14 bits each).
            if (data[23] != 0x9D || data[24] != 0x01 || data[25] != 0x2A)
            {
                throw InvalidImages.Corrupt(ImageFormat.WebP, "the VP8 start code is missing");
            }

            return new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (data[20] != 0x2F)
            {
                throw InvalidImages.Corrupt(ImageFormat.WebP, "the VP8L signature is missing");
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return new ImageSize((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            return new ImageSize(UInt24(data[24..]) + 1L, UInt24(data[27..]) + 1L);
        }

        throw InvalidImages.Corrupt(ImageFormat.WebP, "the first chunk is not VP8, VP8L or VP8X");
    }

    private static int UInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);
}
