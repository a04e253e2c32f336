using System.Buffers.Binary;

namespace FaceRecognition.Domain.Faces;

/// <summary>
/// An L2-normalised face embedding. Because it is unit length, cosine similarity is a plain dot product.
/// Stored as little-endian float32 so the bytes are the same on every machine.
/// </summary>
public sealed class Embedding
{
    private readonly float[] _values;

    private Embedding(float[] values) => _values = values;

    public int Dimension => _values.Length;

    public ReadOnlySpan<float> Values => _values;

    /// <summary>Normalises <paramref name="raw"/> to unit length (copying it).</summary>
    public static Embedding FromRaw(ReadOnlySpan<float> raw)
    {
        if (raw.IsEmpty)
        {
            throw new ArgumentException("An embedding needs at least one value.", nameof(raw));
        }

        double sum = 0;
        foreach (var v in raw)
        {
            if (!float.IsFinite(v))
            {
                throw new ArgumentException("An embedding cannot contain NaN or infinity.", nameof(raw));
            }

            sum += (double)v * v;
        }

        if (sum <= 0)
        {
            throw new ArgumentException("An all-zero vector has no direction and cannot be an embedding.", nameof(raw));
        }

        var scale = (float)(1.0 / Math.Sqrt(sum));
        var values = new float[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            values[i] = raw[i] * scale;
        }

        return new Embedding(values);
    }

    /// <summary>Reads little-endian float32 values written by <see cref="ToBytes"/>.</summary>
    public static Embedding FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0 || bytes.Length % sizeof(float) != 0)
        {
            throw new ArgumentException($"Embedding bytes must be a non-empty multiple of 4, got {bytes.Length}.", nameof(bytes));
        }

        var raw = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * sizeof(float), sizeof(float)));
        }

        return FromRaw(raw);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[_values.Length * sizeof(float)];
        for (var i = 0; i < _values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), _values[i]);
        }

        return bytes;
    }

    public Similarity SimilarityTo(Embedding other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Dimension != Dimension)
        {
            throw new ArgumentException($"Cannot compare a {Dimension}-d embedding with a {other.Dimension}-d one.", nameof(other));
        }

        double dot = 0;
        var a = _values;
        var b = other._values;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
        }

        return new Similarity(Math.Clamp(dot, -1.0, 1.0));
    }
}
