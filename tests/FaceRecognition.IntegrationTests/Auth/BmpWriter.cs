using System.Buffers.Binary;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.IntegrationTests.Auth;

/// <summary>Encodes pixels as a 24-bit bottom-up BMP, in memory: the simplest lossless format the service reads.</summary>
internal static class BmpWriter
{
    public static byte[] Encode(RgbImage image)
    {
        const int headerSize = 14 + 40;
        var rowBytes = ((image.Width * 3) + 3) / 4 * 4;
        var bytes = new byte[headerSize + (rowBytes * image.Height)];
        var span = bytes.AsSpan();
        span[0] = (byte)'B';
        span[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(span[2..], bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[10..], headerSize);
        BinaryPrimitives.WriteInt32LittleEndian(span[14..], 40);
        BinaryPrimitives.WriteInt32LittleEndian(span[18..], image.Width);
        BinaryPrimitives.WriteInt32LittleEndian(span[22..], image.Height);
        BinaryPrimitives.WriteInt16LittleEndian(span[26..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[28..], 24);
        for (var y = 0; y < image.Height; y++)
        {
            var row = span.Slice(headerSize + ((image.Height - 1 - y) * rowBytes), rowBytes);
            for (var x = 0; x < image.Width; x++)
            {
                var source = (y * image.Stride) + (x * 3);
                row[x * 3] = image.Pixels[source + 2];
                row[(x * 3) + 1] = image.Pixels[source + 1];
                row[(x * 3) + 2] = image.Pixels[source];
            }
        }

        return bytes;
    }
}
