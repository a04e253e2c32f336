using System.Buffers.Binary;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Native;

namespace FaceRecognition.Infrastructure.Imaging.Formats;

/// <summary>
/// PNG through libpng's simplified API, always to 8-bit RGB (transparency composed onto white, as a viewer shows it).
/// The size comes from our own read of the IHDR chunk, so an over-budget file never reaches libpng.
/// </summary>
internal sealed unsafe class PngDecoder : IFormatDecoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public string Name => "PNG";

    public bool CanDecode(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public ImageSize ReadSize(ReadOnlySpan<byte> data)
    {
        // Signature (8), then the first chunk must be IHDR: length 13, type, width, height (big-endian).
        if (data.Length < 24 || BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            throw InvalidImages.Corrupt(Name, "the IHDR header chunk is missing");
        }

        return new ImageSize(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    public RgbImage Decode(ReadOnlySpan<byte> data)
    {
        var png = LibPng.Instance;
        var image = new PngImage { Version = PngImage.VersionCurrent };
        try
        {
            fixed (byte* bytes = data)
            {
                if (!png.BeginReadFromMemory(&image, bytes, (nuint)data.Length))
                {
                    throw InvalidImages.Corrupt(Name, image.ErrorMessage);
                }

                var size = ReadSize(data);
                if (image.Width != size.Width || image.Height != size.Height)
                {
                    throw InvalidImages.Corrupt(Name, "libpng and the IHDR chunk disagree on the size");
                }

                var width = (int)image.Width;
                var height = (int)image.Height;
                image.Format = PngImage.FormatRgb;
                var pixels = new byte[(long)width * height * 3];
                byte* white = stackalloc byte[] { 255, 255, 255 };
                fixed (byte* rgb = pixels)
                {
                    if (!png.FinishRead(&image, white, rgb, width * 3))
                    {
                        throw InvalidImages.Corrupt(Name, image.ErrorMessage);
                    }
                }

                return new RgbImage(width, height, pixels);
            }
        }
        finally
        {
            // Safe after a successful finish (which already freed) and required after a failed begin/finish.
            png.Free(&image);
        }
    }
}
