using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Benchmarks.Search;

/// <summary>Deterministic random unit embeddings and noisy "new photo of the same person" queries.</summary>
internal sealed class SyntheticEmbeddings(int seed, int dimension = 512)
{
    private readonly Random _random = new(seed);

    public int Dimension { get; } = dimension;

    public Embedding NextRandom()
    {
        var raw = new float[Dimension];
        FillGaussian(raw);
        return Embedding.FromRaw(raw);
    }

    /// <summary>
    /// A unit vector whose similarity with <paramref name="enrolled"/> is about <paramref name="similarity"/>:
    /// the enrolled vector plus isotropic noise of norm sqrt(1/s² − 1), renormalised.
    /// </summary>
    public Embedding NearTo(Embedding enrolled, double similarity)
    {
        var noiseNorm = Math.Sqrt((1.0 / (similarity * similarity)) - 1.0);
        var noise = new float[Dimension];
        FillGaussian(noise);
        var scale = (float)(noiseNorm / Math.Sqrt(noise.Sum(v => (double)v * v)));
        var raw = new float[Dimension];
        var values = enrolled.Values;
        for (var i = 0; i < Dimension; i++)
        {
            raw[i] = values[i] + (noise[i] * scale);
        }

        return Embedding.FromRaw(raw);
    }

    public double NextDouble(double min, double max) => min + (_random.NextDouble() * (max - min));

    public int NextIndex(int count) => _random.Next(count);

    private void FillGaussian(Span<float> target)
    {
        for (var i = 0; i < target.Length; i += 2)
        {
            // Box–Muller: two independent normals from two uniforms.
            var u1 = 1.0 - _random.NextDouble();
            var u2 = _random.NextDouble();
            var radius = Math.Sqrt(-2.0 * Math.Log(u1));
            target[i] = (float)(radius * Math.Cos(2 * Math.PI * u2));
            if (i + 1 < target.Length)
            {
                target[i + 1] = (float)(radius * Math.Sin(2 * Math.PI * u2));
            }
        }
    }
}
