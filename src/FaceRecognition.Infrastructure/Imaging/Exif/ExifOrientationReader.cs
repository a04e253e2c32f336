using System.Buffers.Binary;

namespace FaceRecognition.Infrastructure.Imaging.Exif;

/// <summary>
/// Finds the orientation tag in a JPEG's APP1 "Exif" segment. Malformed or missing EXIF means
/// <see cref="ExifOrientation.Normal"/>: a broken tag must never cost the user their upload.
/// </summary>
internal static class ExifOrientationReader
{
    private const ushort OrientationTag = 0x0112;

    public static ExifOrientation FromJpeg(ReadOnlySpan<byte> jpeg)
    {
        var position = 2; // after SOI
        while (position + 4 <= jpeg.Length)
        {
            if (jpeg[position] != 0xFF)
            {
                return ExifOrientation.Normal;
            }

            var marker = jpeg[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }

            if (marker == 0xDA || marker == 0xD9)
            {
                return ExifOrientation.Normal; // start of scan / end of image: metadata is over
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                position += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.Slice(position + 2, 2));
            var segmentStart = position + 4;
            var segmentEnd = position + 2 + length;
            if (length < 2 || segmentEnd > jpeg.Length)
            {
                return ExifOrientation.Normal;
            }

            var segment = jpeg[segmentStart..segmentEnd];
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                return FromTiff(segment[6..]);
            }

            position = segmentEnd;
        }

        return ExifOrientation.Normal;
    }

    /// <summary>Reads IFD0 of a TIFF structure (the EXIF payload) and returns its orientation entry.</summary>
    public static ExifOrientation FromTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return ExifOrientation.Normal;
        }

        bool littleEndian;
        if (tiff[0] == (byte)'I' && tiff[1] == (byte)'I')
        {
            littleEndian = true;
        }
        else if (tiff[0] == (byte)'M' && tiff[1] == (byte)'M')
        {
            littleEndian = false;
        }
        else
        {
            return ExifOrientation.Normal;
        }

        if (ReadUInt16(tiff[2..], littleEndian) != 42)
        {
            return ExifOrientation.Normal;
        }

        var ifd = ReadUInt32(tiff[4..], littleEndian);
        if (ifd > (uint)tiff.Length - 2)
        {
            return ExifOrientation.Normal;
        }

        var entries = ReadUInt16(tiff[(int)ifd..], littleEndian);
        for (var i = 0; i < entries; i++)
        {
            var entry = (long)ifd + 2 + (12L * i);
            if (entry + 12 > tiff.Length)
            {
                return ExifOrientation.Normal;
            }

            var fields = tiff.Slice((int)entry, 12);
            if (ReadUInt16(fields, littleEndian) != OrientationTag)
            {
                continue;
            }

            // Type SHORT (3), one value, stored left-justified in the 4-byte value field.
            const ushort TypeShort = 3;
            if (ReadUInt16(fields[2..], littleEndian) != TypeShort || ReadUInt32(fields[4..], littleEndian) < 1)
            {
                return ExifOrientation.Normal;
            }

            var value = ReadUInt16(fields[8..], littleEndian);
            return value is >= 1 and <= 8 ? (ExifOrientation)value : ExifOrientation.Normal;
        }

        return ExifOrientation.Normal;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> bytes, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes);

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);
}
