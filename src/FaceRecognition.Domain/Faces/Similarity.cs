namespace FaceRecognition.Domain.Faces;

/// <summary>Cosine similarity of two embeddings, from -1 (opposite) to 1 (identical direction).</summary>
public readonly record struct Similarity(double Value) : IComparable<Similarity>
{
    public bool IsAtLeast(double threshold) => Value >= threshold;

    public int CompareTo(Similarity other) => Value.CompareTo(other.Value);

    public static bool operator <(Similarity left, Similarity right) => left.Value < right.Value;

    public static bool operator >(Similarity left, Similarity right) => left.Value > right.Value;

    public static bool operator <=(Similarity left, Similarity right) => left.Value <= right.Value;

    public static bool operator >=(Similarity left, Similarity right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);
}
