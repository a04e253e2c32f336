using System.Buffers.Binary;

namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>PNG: the signature, then the IHDR chunk (width and height, big-endian), which must come first.</summary>
internal static class PngHeader
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsMatch(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        if (data.Length < 24 || BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            throw InvalidImages.Corrupt(ImageFormat.Png, "the IHDR header chunk is missing");
        }

        return new ImageSize(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }
}
