namespace FaceRecognition.Infrastructure.Imaging.Sampling;

/// <summary>
/// Resampling weights along one axis: output index o reads source indices Start(o) .. Start(o) + Count(o) - 1.
/// Output o sits at source coordinate scale * o + offset (pixel centres). Bilinear when the axis shrinks by at most
/// 2x, otherwise an exact area average over the output pixel's footprint, which is what prevents aliasing.
/// </summary>
internal sealed class AxisWeights
{
    private readonly int[] _starts;
    private readonly int[] _counts;
    private readonly float[] _weights;

    private AxisWeights(int outputCount, int stride)
    {
        Stride = stride;
        _starts = new int[outputCount];
        _counts = new int[outputCount];
        _weights = new float[outputCount * stride];
    }

    public int Stride { get; }

    public int OutputCount => _starts.Length;

    public int Start(int output) => _starts[output];

    public int Count(int output) => _counts[output];

    public ReadOnlySpan<float> Weights(int output) => _weights.AsSpan(output * Stride, _counts[output]);

    /// <summary>Smallest and largest source index any output reads, or (0, -1) when every output is outside.</summary>
    public (int First, int Last) SourceRange()
    {
        var first = int.MaxValue;
        var last = -1;
        for (var o = 0; o < _starts.Length; o++)
        {
            if (_counts[o] == 0)
            {
                continue;
            }

            first = Math.Min(first, _starts[o]);
            last = Math.Max(last, _starts[o] + _counts[o] - 1);
        }

        return last < 0 ? (0, -1) : (first, last);
    }

    public static AxisWeights Create(int outputCount, int sourceCount, float scale, float offset, EdgeMode edge) =>
        Math.Abs(scale) > 2f
            ? CreateArea(outputCount, sourceCount, scale, offset, edge)
            : CreateBilinear(outputCount, sourceCount, scale, offset, edge);

    private static AxisWeights CreateBilinear(int outputCount, int sourceCount, float scale, float offset, EdgeMode edge)
    {
        var table = new AxisWeights(outputCount, 2);
        var index = new int[2];
        var weight = new float[2];
        for (var o = 0; o < outputCount; o++)
        {
            // Positions far outside (or not finite) are pinned just outside the image: same result, no overflow.
            var s = ((double)scale * o) + offset;
            s = double.IsFinite(s) ? Math.Clamp(s, -2.0, sourceCount + 1.0) : -2.0;
            var floor = Math.Floor(s);
            index[0] = (int)floor;
            index[1] = (int)floor + 1;
            weight[1] = (float)(s - floor);
            weight[0] = 1f - weight[1];
            table.Fill(o, index, weight, sourceCount, edge);
        }

        return table;
    }

    private static AxisWeights CreateArea(int outputCount, int sourceCount, float scale, float offset, EdgeMode edge)
    {
        var maxTaps = (int)Math.Min(Math.Ceiling(Math.Abs(scale)) + 2, sourceCount);
        var table = new AxisWeights(outputCount, maxTaps);
        var index = new int[maxTaps];
        var weight = new float[maxTaps];
        for (var o = 0; o < outputCount; o++)
        {
            var a = ((double)scale * (o - 0.5)) + offset;
            var b = ((double)scale * (o + 0.5)) + offset;
            var lo = Math.Min(a, b);
            var hi = Math.Max(a, b);
            var width = hi - lo;

            // Source pixel i covers [i - 0.5, i + 0.5]; its weight is the overlap with [lo, hi] as a fraction of
            // the footprint. Only pixels inside the image are visited, so absurd maps cost no more than the image.
            var n = 0;
            if (double.IsFinite(width) && width > 0)
            {
                var first = (int)Math.Max(Math.Floor(lo + 0.5), 0);
                var last = (int)Math.Min(Math.Ceiling(hi + 0.5) - 1, sourceCount - 1);
                for (var i = first; i <= last && n < maxTaps; i++)
                {
                    var overlap = Math.Min(hi, i + 0.5) - Math.Max(lo, i - 0.5);
                    if (overlap > 0)
                    {
                        index[n] = i;
                        weight[n] = (float)(overlap / width);
                        n++;
                    }
                }
            }

            if (n == 0 && edge == EdgeMode.Clamp)
            {
                // Footprint wholly outside: clamping means the nearest border pixel.
                var centre = (lo + hi) / 2;
                index[0] = double.IsFinite(centre) ? (int)Math.Clamp(Math.Round(centre), 0, sourceCount - 1) : 0;
                weight[0] = 1;
                n = 1;
            }

            table.Fill(o, index.AsSpan(0, n), weight.AsSpan(0, n), sourceCount, edge);
        }

        return table;
    }

    /// <summary>Stores one output's taps as a contiguous run of source indices, applying the edge rule.</summary>
    private void Fill(int output, ReadOnlySpan<int> index, ReadOnlySpan<float> weight, int sourceCount, EdgeMode edge)
    {
        var row = _weights.AsSpan(output * Stride, Stride);
        row.Clear();
        if (index.IsEmpty)
        {
            _starts[output] = 0;
            _counts[output] = 0;
            return;
        }

        if (edge == EdgeMode.Clamp)
        {
            // Clamped taps fold onto the border pixel; the result is renormalised so rounding never darkens edges.
            var lo = Math.Clamp(index[0], 0, sourceCount - 1);
            var hi = Math.Clamp(index[^1], 0, sourceCount - 1);
            var total = 0f;
            for (var t = 0; t < index.Length; t++)
            {
                var i = Math.Clamp(index[t], 0, sourceCount - 1);
                row[i - lo] += weight[t];
                total += weight[t];
            }

            _starts[output] = lo;
            _counts[output] = hi - lo + 1;
            if (total > 0)
            {
                for (var t = 0; t < _counts[output]; t++)
                {
                    row[t] /= total;
                }
            }

            return;
        }

        // Black border: taps outside the image are dropped, not renormalised, so the border fades to black.
        var start = -1;
        var count = 0;
        for (var t = 0; t < index.Length; t++)
        {
            var i = index[t];
            if (i < 0 || i >= sourceCount || weight[t] == 0)
            {
                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            row[i - start] = weight[t];
            count = i - start + 1;
        }

        _starts[output] = Math.Max(start, 0);
        _counts[output] = count;
    }
}
