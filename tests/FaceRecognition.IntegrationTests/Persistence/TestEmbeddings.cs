using FaceRecognition.Domain.Faces;

namespace FaceRecognition.IntegrationTests.Persistence;

/// <summary>Random unit-length 512-d embeddings, seeded so a failure can be replayed.</summary>
internal static class TestEmbeddings
{
    public const int Dimension = 512;

    public static Embedding Random(Random random)
    {
        var values = new float[Dimension];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return Embedding.FromRaw(values);
    }
}
