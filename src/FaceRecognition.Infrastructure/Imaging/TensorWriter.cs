using OpenCvSharp;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Writes an 8-bit RGB image into a planar (CHW) float tensor, in the model's channel order and normalisation.</summary>
public static class TensorWriter
{
    public static void Write(Mat rgb, TensorFormat format, float[] destination)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(destination);
        if (rgb.Type() != MatType.CV_8UC3)
        {
            throw new ArgumentException($"Expected an 8-bit, 3-channel image, got {rgb.Type()}.", nameof(rgb));
        }

        var (height, width) = (rgb.Rows, rgb.Cols);
        if (destination.LongLength != (long)format.Channels * height * width)
        {
            throw new ArgumentException(
                $"The tensor needs {format.Channels * height * width} floats for {format.Channels}x{height}x{width}, the destination holds {destination.Length}.",
                nameof(destination));
        }

        // The planes are row ranges of one float header over the destination, so ConvertTo writes straight into it.
        using var planes = Mat.FromPixelData(format.Channels * height, width, MatType.CV_32FC1, destination);
        if (format.Order == PixelOrder.Grey)
        {
            using var grey = new Mat();
            Cv2.CvtColor(rgb, grey, ColorConversionCodes.RGB2GRAY);
            grey.ConvertTo(planes, MatType.CV_32FC1, format.Scales[0], -format.Means[0] * format.Scales[0]);
            return;
        }

        var channels = Cv2.Split(rgb);
        try
        {
            for (var plane = 0; plane < 3; plane++)
            {
                var channel = format.Order == PixelOrder.Rgb ? plane : 2 - plane;
                using var target = planes.RowRange(plane * height, (plane + 1) * height);
                channels[channel].ConvertTo(target, MatType.CV_32FC1, format.Scales[plane], -format.Means[plane] * format.Scales[plane]);
            }
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }
}
