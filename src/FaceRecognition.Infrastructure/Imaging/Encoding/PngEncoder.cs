using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Native;

namespace FaceRecognition.Infrastructure.Imaging.Encoding;

/// <summary>RGB to PNG through libpng's simplified writer; used to build test inputs in memory.</summary>
internal static unsafe class PngEncoder
{
    public static byte[] Encode(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var png = LibPng.Instance;
        var header = new PngImage
        {
            Version = PngImage.VersionCurrent,
            Width = (uint)image.Width,
            Height = (uint)image.Height,
            Format = PngImage.FormatRgb,
        };
        fixed (byte* rgb = image.Pixels)
        {
            // First call measures, second writes.
            nuint size = 0;
            if (!png.WriteToMemory(&header, null, &size, rgb, image.Stride))
            {
                throw new InvalidOperationException($"png_image_write_to_memory failed: {header.ErrorMessage}");
            }

            var output = new byte[size];
            fixed (byte* memory = output)
            {
                if (!png.WriteToMemory(&header, memory, &size, rgb, image.Stride))
                {
                    throw new InvalidOperationException($"png_image_write_to_memory failed: {header.ErrorMessage}");
                }
            }

            return output.AsSpan(0, (int)size).ToArray();
        }
    }
}
