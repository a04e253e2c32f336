using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.UnitTests.Search;

/// <summary>Deterministic random unit embeddings, noisy re-photos of them, and a naive best-of-subject scan.</summary>
internal sealed class RandomFaces(int seed)
{
    public const int Dimension = 512;

    private readonly Random _random = new(seed);

    public Embedding Next()
    {
        var raw = new float[Dimension];
        for (var i = 0; i < Dimension; i++)
        {
            raw[i] = (float)((_random.NextDouble() * 2) - 1 + (_random.NextDouble() * 2) - 1);
        }

        return Embedding.FromRaw(raw);
    }

    /// <summary>A new "photo" of the person behind <paramref name="enrolled"/>: similarity about 0.5–0.8.</summary>
    public Embedding NearTo(Embedding enrolled)
    {
        var similarity = 0.5 + (_random.NextDouble() * 0.3);
        var noise = Next().Values;
        var scale = (float)Math.Sqrt((1 / (similarity * similarity)) - 1);
        var raw = new float[Dimension];
        for (var i = 0; i < Dimension; i++)
        {
            raw[i] = enrolled.Values[i] + (scale * noise[i]);
        }

        return Embedding.FromRaw(raw);
    }

    public int NextIndex(int count) => _random.Next(count);

    /// <summary>Faces with <paramref name="facesPerSubject"/> faces per subject; face ids and subject ids from 1.</summary>
    public List<IndexedFace> Gallery(string gallery, int faces, int facesPerSubject)
    {
        var result = new List<IndexedFace>(faces);
        for (var i = 0; i < faces; i++)
        {
            var subjectId = (i / facesPerSubject) + 1L;
            result.Add(new IndexedFace(gallery, new SubjectRef(subjectId, $"ext-{subjectId}", $"Subject {subjectId}"), i + 1L, Next()));
        }

        return result;
    }

    /// <summary>Every subject scored by its best face, best first: what the index must agree with.</summary>
    public static List<(long SubjectId, long FaceId, double Similarity)> NaiveRanking(IEnumerable<IndexedFace> faces, Embedding query) =>
        faces.Select(f => (f.Subject.Id, f.FaceId, f.Embedding.SimilarityTo(query).Value))
            .GroupBy(x => x.Id)
            .Select(g => g.MaxBy(x => x.Value))
            .OrderByDescending(x => x.Value)
            .ToList();
}
