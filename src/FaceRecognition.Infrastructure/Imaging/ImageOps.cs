using System.Buffers;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Sampling;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// Pixel operations the face pipeline needs: resize, crop, and sampling straight into model input tensors.
/// Coordinates are pixel centres: (0, 0) is the centre of the top-left pixel.
/// </summary>
public static class ImageOps
{
    /// <summary>Bilinear resize; an axis shrinking by more than 2x is area-averaged instead, so nothing aliases.</summary>
    public static RgbImage Resize(RgbImage source, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);

        // Output pixel o covers source [o * s, (o + 1) * s) in edge coordinates, whose centre is (o + 0.5) * s - 0.5.
        var scaleX = (float)source.Width / width;
        var scaleY = (float)source.Height / height;
        var resampler = new SeparableResampler(
            source,
            AxisWeights.Create(width, source.Width, scaleX, (0.5f * scaleX) - 0.5f, EdgeMode.Clamp),
            AxisWeights.Create(height, source.Height, scaleY, (0.5f * scaleY) - 0.5f, EdgeMode.Clamp));

        var pixels = new byte[width * height * 3];
        var row = ArrayPool<float>.Shared.Rent(width * 3);
        try
        {
            for (var y = 0; y < height; y++)
            {
                resampler.ResampleRow(y, row);
                var target = pixels.AsSpan(y * width * 3, width * 3);
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] = (byte)Math.Clamp(row[i] + 0.5f, 0f, 255f);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(row);
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>The part of the rectangle that lies inside the image. Throws when nothing of it does.</summary>
    public static RgbImage Crop(RgbImage source, int x, int y, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(source);
        var left = (int)Math.Clamp((long)x, 0, source.Width);
        var top = (int)Math.Clamp((long)y, 0, source.Height);
        var right = (int)Math.Clamp((long)x + width, 0, source.Width);
        var bottom = (int)Math.Clamp((long)y + height, 0, source.Height);
        if (right <= left || bottom <= top)
        {
            throw new ArgumentOutOfRangeException(
                nameof(width), $"The crop {width}x{height} at ({x}, {y}) does not overlap the {source.Width}x{source.Height} image.");
        }

        var cropWidth = right - left;
        var cropHeight = bottom - top;
        var pixels = new byte[cropWidth * cropHeight * 3];
        for (var row = 0; row < cropHeight; row++)
        {
            source.Pixels.AsSpan(((top + row) * source.Stride) + (left * 3), cropWidth * 3)
                .CopyTo(pixels.AsSpan(row * cropWidth * 3));
        }

        return new RgbImage(cropWidth, cropHeight, pixels);
    }

    /// <summary>
    /// Fills a planar CHW tensor (3 planes, or 1 for <see cref="PixelOrder.Grey"/>) of width x height: output pixel
    /// (x, y) is the source sampled bilinearly at <paramref name="outputToSource"/>.Map(x, y); outside the image is
    /// black (0 before normalisation). Shrinking by more than 2x averages the footprint instead (anti-aliasing).
    /// </summary>
    public static void SampleToTensor(
        RgbImage source, AffineTransform outputToSource, int width, int height, TensorFormat format, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var needed = (long)format.Channels * width * height;
        if (destination.Length < needed)
        {
            throw new ArgumentException(
                $"The tensor needs {needed} floats for {format.Channels}x{height}x{width}, the destination holds {destination.Length}.",
                nameof(destination));
        }

        var row = ArrayPool<float>.Shared.Rent(width * 3);
        try
        {
            if (outputToSource.IsAxisAligned)
            {
                // Rows stay rows: separable weights are exact and far cheaper than per-pixel sampling.
                var resampler = new SeparableResampler(
                    source,
                    AxisWeights.Create(width, source.Width, outputToSource.A, outputToSource.C, EdgeMode.Black),
                    AxisWeights.Create(height, source.Height, outputToSource.E, outputToSource.F, EdgeMode.Black));
                for (var y = 0; y < height; y++)
                {
                    resampler.ResampleRow(y, row);
                    TensorWriter.WriteRow(row, y, width, height, format, destination);
                }
            }
            else
            {
                var sampler = new WarpSampler(source, outputToSource);
                for (var y = 0; y < height; y++)
                {
                    sampler.SampleRow(y, width, row);
                    TensorWriter.WriteRow(row, y, width, height, format, destination);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(row);
        }
    }

    /// <summary>
    /// The axis-aligned region (x, y, w, h), in source pixels and edge coordinates (it may extend past the image,
    /// which reads as black), resized to width x height into a planar tensor.
    /// </summary>
    public static void CropResizeToTensor(
        RgbImage source, float x, float y, float w, float h, int width, int height, TensorFormat format, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (!(w > 0) || !(h > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(w), $"The region {w}x{h} is empty.");
        }

        // Output pixel centre o sits at region edge + (o + 0.5) * step, i.e. source centre coordinate minus 0.5.
        var stepX = w / width;
        var stepY = h / height;
        var map = AffineTransform.ScaleTranslate(stepX, stepY, x + (0.5f * stepX) - 0.5f, y + (0.5f * stepY) - 0.5f);
        SampleToTensor(source, map, width, height, format, destination);
    }
}
