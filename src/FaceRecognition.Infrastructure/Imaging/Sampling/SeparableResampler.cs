using System.Numerics;
using System.Runtime.InteropServices;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Infrastructure.Imaging.Sampling;

/// <summary>
/// Resamples an image with independent weights per axis (any scale + translation, including area averaging).
/// Works row by row, vertical pass first and only over the source columns actually read, so cropping a small face
/// out of a large photo costs in proportion to the face, not the photo.
/// </summary>
internal sealed class SeparableResampler
{
    private readonly RgbImage _source;
    private readonly AxisWeights _columns;
    private readonly AxisWeights _rows;
    private readonly int _firstColumn;
    private readonly float[] _blended;

    public SeparableResampler(RgbImage source, AxisWeights columns, AxisWeights rows)
    {
        _source = source;
        _columns = columns;
        _rows = rows;
        var (first, last) = columns.SourceRange();
        _firstColumn = first;
        _blended = new float[Math.Max(last - first + 1, 0) * 3];
    }

    public int Width => _columns.OutputCount;

    public int Height => _rows.OutputCount;

    /// <summary>Writes output row <paramref name="y"/> as interleaved R, G, B floats (0–255 scale).</summary>
    public void ResampleRow(int y, Span<float> rgb)
    {
        var blended = _blended.AsSpan();
        blended.Clear();
        if (blended.IsEmpty)
        {
            rgb[..(Width * 3)].Clear();
            return;
        }

        var start = _rows.Start(y);
        var weights = _rows.Weights(y);
        var stride = _source.Stride;
        for (var t = 0; t < weights.Length; t++)
        {
            var rowBytes = _source.Pixels.AsSpan(((start + t) * stride) + (_firstColumn * 3), blended.Length);
            AccumulateScaled(rowBytes, weights[t], blended);
        }

        for (var x = 0; x < Width; x++)
        {
            var taps = _columns.Weights(x);
            var offset = (_columns.Start(x) - _firstColumn) * 3;
            float r = 0, g = 0, b = 0;
            for (var t = 0; t < taps.Length; t++)
            {
                var w = taps[t];
                var i = offset + (t * 3);
                r += w * blended[i];
                g += w * blended[i + 1];
                b += w * blended[i + 2];
            }

            rgb[x * 3] = r;
            rgb[(x * 3) + 1] = g;
            rgb[(x * 3) + 2] = b;
        }
    }

    /// <summary>accumulator[i] += weight * bytes[i], widened bytes to floats a vector at a time.</summary>
    internal static void AccumulateScaled(ReadOnlySpan<byte> bytes, float weight, Span<float> accumulator)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && bytes.Length >= Vector<byte>.Count)
        {
            var w = new Vector<float>(weight);
            var acc = MemoryMarshal.Cast<float, Vector<float>>(accumulator);
            var floatsPerVector = Vector<float>.Count;
            for (; i <= bytes.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Vector.Widen(new Vector<byte>(bytes[i..]), out var low, out var high);
                Vector.Widen(low, out var q0, out var q1);
                Vector.Widen(high, out var q2, out var q3);
                var v = i / floatsPerVector;
                acc[v] += w * Vector.ConvertToSingle(q0);
                acc[v + 1] += w * Vector.ConvertToSingle(q1);
                acc[v + 2] += w * Vector.ConvertToSingle(q2);
                acc[v + 3] += w * Vector.ConvertToSingle(q3);
            }
        }

        for (; i < bytes.Length; i++)
        {
            accumulator[i] += weight * bytes[i];
        }
    }
}
