using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Infrastructure.Search;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Search;

public sealed class InMemoryFaceIndexSearchTests
{
    private const int CutOver = 200;

    private static InMemoryFaceIndex NewIndex(int exactScanMaxFaces = CutOver, int candidatePoolSize = 64) =>
        new(Options.Create(new SearchOptions { ExactScanMaxFaces = exactScanMaxFaces, CandidatePoolSize = candidatePoolSize }));

    private static void AddAll(InMemoryFaceIndex index, IEnumerable<IndexedFace> faces)
    {
        foreach (var face in faces)
        {
            index.Add(face);
        }
    }

    [TestCase(50)]
    [TestCase(CutOver)]
    [TestCase(CutOver + 1)]
    [TestCase(1_000)]
    [TestCase(3_000)]
    public void Search_AgreesWithNaiveScan_ForNewPhotosOfEnrolledPeople(int faceCount)
    {
        var random = new RandomFaces(faceCount);
        var faces = random.Gallery("g", faceCount, facesPerSubject: 2);
        using var index = NewIndex();
        AddAll(index, faces);

        for (var q = 0; q < 40; q++)
        {
            var query = random.NearTo(faces[random.NextIndex(faceCount)].Embedding);
            var naive = RandomFaces.NaiveRanking(faces, query);
            var bySubject = naive.ToDictionary(x => x.SubjectId);

            var result = index.Search("g", query, 5);

            Assert.That(result, Has.Count.EqualTo(Math.Min(5, naive.Count)));
            Assert.That(result[0].Subject.Id, Is.EqualTo(naive[0].SubjectId));
            Assert.That(result.Select(r => r.Similarity.Value), Is.Ordered.Descending);
            foreach (var match in result)
            {
                // Whatever path found it, a subject's score is the exact similarity of its best face.
                Assert.That(match.FaceId, Is.EqualTo(bySubject[match.Subject.Id].FaceId));
                Assert.That(match.Similarity.Value, Is.EqualTo(bySubject[match.Subject.Id].Similarity).Within(1e-5));
            }
        }
    }

    [TestCase(100, 0)]
    [TestCase(300, CutOver)]
    [TestCase(2_000, CutOver)]
    public void Search_ReturnsTheNaiveTopKInOrder_WhenThePoolCoversTheGallery(int faceCount, int exactScanMaxFaces)
    {
        var random = new RandomFaces(faceCount + 7);
        var faces = random.Gallery("g", faceCount, facesPerSubject: 3);
        using var index = NewIndex(exactScanMaxFaces, candidatePoolSize: faceCount);
        AddAll(index, faces);

        for (var q = 0; q < 10; q++)
        {
            var query = random.Next();
            var naive = RandomFaces.NaiveRanking(faces, query).Take(10).ToList();

            var result = index.Search("g", query, 10);

            Assert.That(result.Select(r => r.Subject.Id), Is.EqualTo(naive.Select(n => n.SubjectId)));
            Assert.That(result.Select(r => r.Similarity.Value), Is.EqualTo(naive.Select(n => n.Similarity)).Within(1e-5));
        }
    }

    [TestCase(10)]
    [TestCase(1_000)]
    public void Search_ScoresASubjectByItsBestFace_AndBestOfSubjectAgrees(int strangers)
    {
        var random = new RandomFaces(42);
        using var index = NewIndex();
        AddAll(index, random.Gallery("g", strangers, facesPerSubject: 1));
        var alice = new SubjectRef(99_999, "alice", "Alice");
        var aliceFaces = Enumerable.Range(0, 3).Select(i => new IndexedFace("g", alice, 100_000 + i, random.Next())).ToList();
        AddAll(index, aliceFaces);

        var query = random.NearTo(aliceFaces[1].Embedding);
        var expected = aliceFaces[1].Embedding.SimilarityTo(query).Value;

        var top = index.Search("g", query, 3)[0];
        var verified = index.BestOfSubject("g", alice.Id, query);

        Assert.That(top.Subject, Is.EqualTo(alice));
        Assert.That(top.FaceId, Is.EqualTo(aliceFaces[1].FaceId));
        Assert.That(top.Similarity.Value, Is.EqualTo(expected).Within(1e-5));
        Assert.That(verified, Is.EqualTo(top));
    }

    [Test]
    public void Search_ReturnsEachSubjectOnce_EvenWhenAllItsFacesAreNearest()
    {
        var random = new RandomFaces(5);
        using var index = NewIndex();
        var person = random.Next();
        var bob = new SubjectRef(1, "bob", "Bob");
        for (var i = 0; i < 4; i++)
        {
            index.Add(new IndexedFace("g", bob, i + 1, random.NearTo(person)));
        }

        AddAll(index, random.Gallery("g", 20, 1).Select(f => f with { Subject = f.Subject with { Id = f.Subject.Id + 10 }, FaceId = f.FaceId + 10 }));

        var result = index.Search("g", person, 3);

        Assert.That(result.Select(r => r.Subject.Id), Is.Unique);
        Assert.That(result[0].Subject, Is.EqualTo(bob));
        Assert.That(result, Has.Count.EqualTo(3));
    }

    [Test]
    public void Galleries_AreIsolated_AndNamesAreCaseSensitive()
    {
        var random = new RandomFaces(11);
        using var index = NewIndex();
        var face = random.Gallery("Staff", 1, 1)[0];
        index.Add(face);

        Assert.That(index.Search("Staff", face.Embedding, 1)[0].FaceId, Is.EqualTo(face.FaceId));
        Assert.That(index.Search("staff", face.Embedding, 1), Is.Empty);
        Assert.That(index.Search("Visitors", face.Embedding, 1), Is.Empty);
        Assert.That(index.BestOfSubject("Visitors", face.Subject.Id, face.Embedding), Is.Null);
        Assert.That(index.FaceCount("Staff"), Is.EqualTo(1));
        Assert.That(index.FaceCount("staff"), Is.Zero);
    }

    [Test]
    public void Add_Throws_WhenEmbeddingDimensionDiffersFromTheGallery()
    {
        var random = new RandomFaces(3);
        using var index = NewIndex();
        index.Add(random.Gallery("g", 1, 1)[0]);
        var shortFace = new IndexedFace("g", new SubjectRef(2, "x", "X"), 2, Embedding.FromRaw([1f, 0f, 0f]));

        Assert.That(() => index.Add(shortFace), Throws.ArgumentException);
        Assert.That(() => index.Search("g", shortFace.Embedding, 1), Throws.ArgumentException);
    }

    [Test]
    public void IsLoaded_FlipsOnlyWhenMarkLoadedIsCalled()
    {
        using var index = NewIndex();
        index.Add(new RandomFaces(1).Gallery("g", 1, 1)[0]);
        Assert.That(index.IsLoaded, Is.False);

        index.MarkLoaded();

        Assert.That(index.IsLoaded, Is.True);
    }
}
