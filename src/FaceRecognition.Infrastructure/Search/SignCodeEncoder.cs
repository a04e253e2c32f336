using System.Numerics;

namespace FaceRecognition.Infrastructure.Search;

/// <summary>
/// Turns a float vector into a binary code: one bit per coordinate of a randomly rotated copy (SimHash).
/// The rotation (three rounds of random sign flips and a Walsh–Hadamard transform) makes every bit a random
/// hyperplane, so the Hamming distance between codes estimates the angle between vectors whatever the
/// distribution of the embeddings; raw coordinate signs would only do that for isotropic data.
/// </summary>
internal sealed class SignCodeEncoder
{
    private const int Rounds = 3;
    private const int Seed = 0x5EA2C4;

    private readonly float[][] _signs;

    public SignCodeEncoder(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        Dimension = dimension;
        PaddedDimension = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)dimension));
        WordsPerCode = PaddedDimension / 64;

        // Fixed seed: codes stored for a gallery must stay comparable with codes of later queries.
        var random = new Random(Seed);
        _signs = new float[Rounds][];
        for (var r = 0; r < Rounds; r++)
        {
            _signs[r] = new float[PaddedDimension];
            for (var i = 0; i < PaddedDimension; i++)
            {
                _signs[r][i] = random.Next(2) == 0 ? -1f : 1f;
            }
        }
    }

    public int Dimension { get; }

    public int PaddedDimension { get; }

    public int WordsPerCode { get; }

    public int CodeBits => PaddedDimension;

    public void Encode(ReadOnlySpan<float> vector, Span<ulong> code)
    {
        if (vector.Length != Dimension || code.Length != WordsPerCode)
        {
            throw new ArgumentException($"Expected a {Dimension}-d vector and {WordsPerCode} code words.", nameof(vector));
        }

        Span<float> work = PaddedDimension <= 4096 ? stackalloc float[PaddedDimension] : new float[PaddedDimension];
        vector.CopyTo(work);
        work[Dimension..].Clear();
        for (var r = 0; r < Rounds; r++)
        {
            var signs = _signs[r];
            for (var i = 0; i < work.Length; i++)
            {
                work[i] *= signs[i];
            }

            WalshHadamard(work);
        }

        code.Clear();
        for (var i = 0; i < work.Length; i++)
        {
            if (work[i] > 0f)
            {
                code[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    /// <summary>In-place unnormalised fast Walsh–Hadamard transform; only signs matter, so no scaling.</summary>
    private static void WalshHadamard(Span<float> data)
    {
        for (var half = 1; half < data.Length; half <<= 1)
        {
            for (var block = 0; block < data.Length; block += half << 1)
            {
                for (var i = block; i < block + half; i++)
                {
                    var a = data[i];
                    var b = data[i + half];
                    data[i] = a + b;
                    data[i + half] = a - b;
                }
            }
        }
    }
}
