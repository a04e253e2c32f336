using FaceRecognition.Application.Common.Models;
using FaceRecognition.Infrastructure.Search;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Search;

public sealed class InMemoryFaceIndexRemoveTests
{
    private static InMemoryFaceIndex NewIndex() =>
        new(Options.Create(new SearchOptions { ExactScanMaxFaces = 100, CandidatePoolSize = 64 }));

    private static void AssertEachFaceFindsItself(InMemoryFaceIndex index, IEnumerable<IndexedFace> faces)
    {
        foreach (var face in faces)
        {
            var top = index.Search(face.Gallery, face.Embedding, 1)[0];
            Assert.That(top.FaceId, Is.EqualTo(face.FaceId));
            Assert.That(top.Similarity.Value, Is.GreaterThan(0.9999));
        }
    }

    [Test]
    public void RemoveFace_ForgetsThatFace_AndKeepsEveryOtherFindable_AcrossSegments()
    {
        var random = new RandomFaces(17);
        var faces = random.Gallery("g", FaceStore.SegmentSize + 500, facesPerSubject: 1);
        using var index = NewIndex();
        foreach (var face in faces)
        {
            index.Add(face);
        }

        // Removing from the front, middle and the last segment moves tail faces into many holes.
        var removed = faces.Where((_, i) => i % 7 == 0 || i >= faces.Count - 300).ToList();
        foreach (var face in removed)
        {
            index.RemoveFace("g", face.FaceId);
        }

        var kept = faces.Except(removed).ToList();
        Assert.That(index.FaceCount("g"), Is.EqualTo(kept.Count));
        foreach (var face in removed.Take(50))
        {
            Assert.That(index.Search("g", face.Embedding, 1)[0].FaceId, Is.Not.EqualTo(face.FaceId));
            Assert.That(index.BestOfSubject("g", face.Subject.Id, face.Embedding), Is.Null);
        }

        AssertEachFaceFindsItself(index, kept.Where((_, i) => i % 13 == 0));
    }

    [Test]
    public void RemoveSubject_RemovesAllItsFaces_AndNothingElse()
    {
        var random = new RandomFaces(23);
        var faces = random.Gallery("g", 300, facesPerSubject: 3);
        using var index = NewIndex();
        foreach (var face in faces)
        {
            index.Add(face);
        }

        index.RemoveSubject("g", 2);

        var subjectTwo = faces.Where(f => f.Subject.Id == 2).ToList();
        Assert.That(index.FaceCount("g"), Is.EqualTo(297));
        Assert.That(index.BestOfSubject("g", 2, subjectTwo[0].Embedding), Is.Null);
        Assert.That(index.Search("g", subjectTwo[0].Embedding, 100).Select(m => m.Subject.Id), Has.No.Member(2L));
        AssertEachFaceFindsItself(index, faces.Where(f => f.Subject.Id != 2).Take(30));
    }

    [Test]
    public void RemoveGallery_EmptiesOnlyThatGallery_AndItCanBeRefilled()
    {
        var random = new RandomFaces(29);
        var first = random.Gallery("first", 150, 1);
        var second = random.Gallery("second", 150, 1);
        using var index = NewIndex();
        foreach (var face in first.Concat(second))
        {
            index.Add(face);
        }

        index.RemoveGallery("first");

        Assert.That(index.FaceCount("first"), Is.Zero);
        Assert.That(index.Search("first", first[0].Embedding, 1), Is.Empty);
        Assert.That(index.FaceCount("second"), Is.EqualTo(150));
        AssertEachFaceFindsItself(index, second.Take(20));

        index.Add(first[0]);
        Assert.That(index.FaceCount("first"), Is.EqualTo(1));
        AssertEachFaceFindsItself(index, [first[0]]);
    }

    [Test]
    public void Add_ReplacesAFaceWithTheSameId_AndKeepsTheNewestSubjectName()
    {
        var random = new RandomFaces(31);
        using var index = NewIndex();
        var face = random.Gallery("g", 1, 1)[0];
        index.Add(face);
        var replacement = face with { Subject = face.Subject with { Name = "Renamed" }, Embedding = random.Next() };

        index.Add(replacement);

        Assert.That(index.FaceCount("g"), Is.EqualTo(1));
        var top = index.Search("g", replacement.Embedding, 1)[0];
        Assert.That(top.Subject.Name, Is.EqualTo("Renamed"));
        Assert.That(top.Similarity.Value, Is.GreaterThan(0.9999));
    }

    [Test]
    public void Removes_OfUnknownGalleriesFacesOrSubjects_DoNothing()
    {
        using var index = NewIndex();
        var face = new RandomFaces(37).Gallery("g", 1, 1)[0];
        index.Add(face);

        index.RemoveFace("g", 12345);
        index.RemoveSubject("g", 12345);
        index.RemoveFace("other", face.FaceId);
        index.RemoveGallery("other");

        Assert.That(index.FaceCount("g"), Is.EqualTo(1));
    }
}
