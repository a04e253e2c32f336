using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Infrastructure.Imaging.Sampling;

/// <summary>
/// Samples an image under a general affine map (rotation, shear), bilinear, black outside. When the map shrinks by
/// more than 2x it averages a grid of bilinear samples spread over each output pixel's footprint (anti-aliasing).
/// </summary>
internal sealed class WarpSampler
{
    private readonly RgbImage _source;
    private readonly AffineTransform _map;
    private readonly int _samplesX;
    private readonly int _samplesY;

    public WarpSampler(RgbImage source, AffineTransform outputToSource)
    {
        _source = source;
        _map = outputToSource;

        // Source distance covered by one output step along x and along y.
        var stepX = MathF.Sqrt((outputToSource.A * outputToSource.A) + (outputToSource.D * outputToSource.D));
        var stepY = MathF.Sqrt((outputToSource.B * outputToSource.B) + (outputToSource.E * outputToSource.E));
        _samplesX = SamplesFor(stepX, source.Width);
        _samplesY = SamplesFor(stepY, source.Height);
    }

    /// <summary>Writes output row <paramref name="y"/> as interleaved R, G, B floats (0–255 scale).</summary>
    public void SampleRow(int y, int width, Span<float> rgb)
    {
        var weight = 1f / (_samplesX * _samplesY);
        for (var x = 0; x < width; x++)
        {
            float r = 0, g = 0, b = 0;
            for (var j = 0; j < _samplesY; j++)
            {
                var v = y + (((j + 0.5f) / _samplesY) - 0.5f);
                for (var i = 0; i < _samplesX; i++)
                {
                    var u = x + (((i + 0.5f) / _samplesX) - 0.5f);
                    var (sx, sy) = _map.Map(u, v);
                    AddBilinear(sx, sy, ref r, ref g, ref b);
                }
            }

            rgb[x * 3] = r * weight;
            rgb[(x * 3) + 1] = g * weight;
            rgb[(x * 3) + 2] = b * weight;
        }
    }

    private static int SamplesFor(float step, int sourceSide) =>
        step > 2f && float.IsFinite(step) ? (int)MathF.Ceiling(MathF.Min(step, sourceSide)) : 1;

    private void AddBilinear(float sx, float sy, ref float r, ref float g, ref float b)
    {
        var w = _source.Width;
        var h = _source.Height;
        if (!(sx > -1f && sy > -1f && sx < w && sy < h))
        {
            return; // wholly outside (or NaN): black
        }

        var x0 = (int)MathF.Floor(sx);
        var y0 = (int)MathF.Floor(sy);
        var fx = sx - x0;
        var fy = sy - y0;
        var pixels = _source.Pixels;
        var stride = _source.Stride;
        for (var dy = 0; dy < 2; dy++)
        {
            var yy = y0 + dy;
            var wy = dy == 0 ? 1f - fy : fy;
            if (yy < 0 || yy >= h || wy == 0)
            {
                continue;
            }

            for (var dx = 0; dx < 2; dx++)
            {
                var xx = x0 + dx;
                var wxy = (dx == 0 ? 1f - fx : fx) * wy;
                if (xx < 0 || xx >= w || wxy == 0)
                {
                    continue;
                }

                var p = (yy * stride) + (xx * 3);
                r += wxy * pixels[p];
                g += wxy * pixels[p + 1];
                b += wxy * pixels[p + 2];
            }
        }
    }
}
