namespace FaceRecognition.Infrastructure.Imaging.Sampling;

/// <summary>Copies one row of interleaved RGB floats into planar CHW tensor planes, reordering and normalising.</summary>
internal static class TensorWriter
{
    public static void WriteRow(ReadOnlySpan<float> rgb, int y, int width, int height, TensorFormat format, Span<float> destination)
    {
        var plane = width * height;
        var rowStart = y * width;
        var mean = format.Mean;
        var scale = format.Scale;
        switch (format.Order)
        {
            case PixelOrder.Grey:
                var grey = destination.Slice(rowStart, width);
                for (var x = 0; x < width; x++)
                {
                    var luma = (0.299f * rgb[x * 3]) + (0.587f * rgb[(x * 3) + 1]) + (0.114f * rgb[(x * 3) + 2]);
                    grey[x] = (luma - mean) * scale;
                }

                break;
            case PixelOrder.Rgb:
            case PixelOrder.Bgr:
                var redPlaneIndex = format.Order == PixelOrder.Rgb ? 0 : 2;
                var redPlane = destination.Slice((redPlaneIndex * plane) + rowStart, width);
                var second = destination.Slice(plane + rowStart, width);
                var bluePlane = destination.Slice(((2 - redPlaneIndex) * plane) + rowStart, width);
                for (var x = 0; x < width; x++)
                {
                    redPlane[x] = (rgb[x * 3] - mean) * scale;
                    second[x] = (rgb[(x * 3) + 1] - mean) * scale;
                    bluePlane[x] = (rgb[(x * 3) + 2] - mean) * scale;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format.Order, "Unknown pixel order.");
        }
    }
}
