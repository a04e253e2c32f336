using System.Buffers.Binary;

namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>JPEG: SOI, then marker segments up to the first frame header (SOFn), which holds height and width.</summary>
internal static class JpegHeader
{
    public static bool IsMatch(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                throw InvalidImages.Corrupt(ImageFormat.Jpeg, $"no marker at byte {position}");
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2; // markers without a length
                continue;
            }

            if (marker is 0xDA or 0xD9)
            {
                throw InvalidImages.Corrupt(ImageFormat.Jpeg, "the image data starts before any frame header");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (length < 2)
            {
                throw InvalidImages.Corrupt(ImageFormat.Jpeg, $"a segment at byte {position} has length {length}");
            }

            if (IsStartOfFrame(marker))
            {
                // Length (2), precision (1), height (2), width (2).
                if (position + 9 > data.Length)
                {
                    break;
                }

                return new ImageSize(
                    BinaryPrimitives.ReadUInt16BigEndian(data[(position + 7)..]),
                    BinaryPrimitives.ReadUInt16BigEndian(data[(position + 5)..]));
            }

            position += 2 + length;
        }

        throw InvalidImages.Corrupt(ImageFormat.Jpeg, "the file ends before its frame header");
    }

    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
}
