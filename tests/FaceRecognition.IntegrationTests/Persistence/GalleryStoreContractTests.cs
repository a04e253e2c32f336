using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Domain.Galleries;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.IntegrationTests.Persistence;

[TestFixtureSource(typeof(StorageTargets), nameof(StorageTargets.All))]
public sealed class GalleryStoreContractTests(StorageProvider provider)
{
    private const string ModelId = "fr_feature@test";
    private PersistenceHarness _harness = null!;

    [SetUp]
    public async Task CreateEmptyDatabaseAsync() => _harness = await PersistenceHarness.CreateAsync(provider);

    [TearDown]
    public async Task DropDatabaseAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Migrate_AppliesNothingAndRecordsEachMigrationOnce_WhenRunAgain()
    {
        var secondRun = await _harness.Migrator.MigrateAsync(CancellationToken.None);
        var thirdRun = await _harness.Migrator.MigrateAsync(CancellationToken.None);

        await using var db = _harness.CreateContext();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(secondRun, Is.Empty);
            Assert.That(thirdRun, Is.Empty);
            Assert.That(applied, Is.EqualTo(db.Database.GetMigrations()));
            Assert.That(applied, Has.Count.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public void Model_HasNoChangesMissingFromTheMigrations()
    {
        using var db = _harness.CreateContext();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run `dotnet ef migrations add` for both providers (docs/persistence.md)");
    }

    [Test]
    public async Task DefaultGallery_Exists_RightAfterMigration()
    {
        var gallery = await _harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None);
        var summaries = await _harness.Galleries.ListGalleriesAsync(CancellationToken.None);

        Assert.That(gallery, Is.Not.Null);
        Assert.That(summaries, Is.EqualTo(new[] { new GallerySummary(Gallery.DefaultName, 0, 0) }));
    }

    [Test]
    public async Task TryCreateGallery_ReturnsNull_WhenTheNameIsTaken()
    {
        var first = await _harness.Galleries.TryCreateGalleryAsync("event-1", CancellationToken.None);
        var second = await _harness.Galleries.TryCreateGalleryAsync("event-1", CancellationToken.None);
        var found = await _harness.Galleries.FindGalleryAsync("event-1", CancellationToken.None);
        var otherCase = await _harness.Galleries.FindGalleryAsync("EVENT-1", CancellationToken.None);

        Assert.That(first, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Null);
            Assert.That(found, Is.EqualTo(first));
            Assert.That(otherCase, Is.Null, "names compare exactly on both providers");
        });
    }

    [Test]
    public async Task GetOrCreateGallery_ReturnsTheSameGallery_WhenCalledTwice()
    {
        var created = await _harness.Galleries.GetOrCreateGalleryAsync("team", CancellationToken.None);
        var again = await _harness.Galleries.GetOrCreateGalleryAsync("team", CancellationToken.None);

        Assert.That(again, Is.EqualTo(created));
    }

    [Test]
    public async Task ListGalleries_CountsSubjectsAndFaces_AndDeleteGalleryRemovesThemAll()
    {
        var random = new Random(1);
        var gallery = (await _harness.Galleries.TryCreateGalleryAsync("party", CancellationToken.None))!;
        var alice = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, "alice", "Alice", CancellationToken.None);
        var bob = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, "bob", "Bob", CancellationToken.None);
        await _harness.Galleries.AddFacesAsync(gallery.Id, alice.Id, [TestEmbeddings.Random(random), TestEmbeddings.Random(random)], ModelId, 10, CancellationToken.None);
        await _harness.Galleries.AddFacesAsync(gallery.Id, bob.Id, [TestEmbeddings.Random(random)], ModelId, 10, CancellationToken.None);

        var before = await _harness.Galleries.ListGalleriesAsync(CancellationToken.None);
        var subjects = await _harness.Galleries.ListSubjectsAsync(gallery.Id, CancellationToken.None);
        var deleted = await _harness.Galleries.DeleteGalleryAsync(gallery.Id, CancellationToken.None);
        var deletedAgain = await _harness.Galleries.DeleteGalleryAsync(gallery.Id, CancellationToken.None);
        var after = await _harness.Galleries.ListGalleriesAsync(CancellationToken.None);
        var facesLeft = await _harness.Galleries.CountFacesAsync(alice.Id, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(new[] { new GallerySummary(Gallery.DefaultName, 0, 0), new GallerySummary("party", 2, 3) }));
            Assert.That(subjects, Is.EqualTo(new[] { new SubjectSummary("alice", "Alice", 2), new SubjectSummary("bob", "Bob", 1) }));
            Assert.That(deleted, Is.True);
            Assert.That(deletedAgain, Is.False);
            Assert.That(after.Select(g => g.Name), Is.EqualTo(new[] { Gallery.DefaultName }));
            Assert.That(facesLeft, Is.Zero);
        });
    }

    [Test]
    public async Task UpsertSubject_KeepsTheIdAndRenames_WhenTheExternalIdExists()
    {
        var gallery = (await _harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None))!;
        var created = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, "emp-42", "Ann", CancellationToken.None);
        var renamed = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, "emp-42", "Ann Lee", CancellationToken.None);
        var found = await _harness.Galleries.FindSubjectAsync(gallery.Id, "emp-42", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(renamed.Id, Is.EqualTo(created.Id));
            Assert.That(renamed.Name, Is.EqualTo("Ann Lee"));
            Assert.That(renamed.CreatedAt, Is.EqualTo(created.CreatedAt));
            Assert.That(found, Is.EqualTo(renamed));
        });
    }

    [Test]
    public async Task AddFaces_StoresEmbeddingsBitExactly_AndReadsThemBackUnchanged()
    {
        var random = new Random(2);
        var gallery = (await _harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None))!;
        var subject = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, "s1", "Sam", CancellationToken.None);
        var embeddings = Enumerable.Range(0, 3).Select(_ => TestEmbeddings.Random(random)).ToList();

        var stored = await _harness.Galleries.AddFacesAsync(gallery.Id, subject.Id, embeddings, ModelId, 5, CancellationToken.None);

        await using var db = _harness.CreateContext();
        var blobs = await db.Faces.OrderBy(f => f.Id).Select(f => f.Embedding).ToListAsync();
        var readBack = new List<IndexedFace>();
        await foreach (var face in _harness.Galleries.ReadAllFacesAsync(CancellationToken.None))
        {
            readBack.Add(face);
        }

        readBack.Sort((a, b) => a.FaceId.CompareTo(b.FaceId));

        Assert.That(stored, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(blobs, Is.EqualTo(embeddings.Select(e => e.ToBytes())), "the blob is Embedding.ToBytes()");
            Assert.That(readBack.Select(f => f.FaceId), Is.EqualTo(stored!.Select(f => f.Id)));
            Assert.That(readBack.Select(f => f.Embedding.ToBytes()), Is.EqualTo(embeddings.Select(e => e.ToBytes())));
            Assert.That(stored!.Select(f => f.ModelId), Is.All.EqualTo(ModelId));
            Assert.That(stored!.Select(f => f.PublicId).Distinct().Count(), Is.EqualTo(3), "each face has its own face_id");
            Assert.That(stored!.Select(f => f.PublicId), Has.None.EqualTo(Guid.Empty));
        });
    }

    [Test]
    public async Task AddFaces_StoresNothingAndReturnsNull_WhenTheBatchWouldPassTheLimit()
    {
        var random = new Random(3);
        var gallery = (await _harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None))!;
        var subject = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, "s1", "Sam", CancellationToken.None);
        await _harness.Galleries.AddFacesAsync(gallery.Id, subject.Id, [TestEmbeddings.Random(random), TestEmbeddings.Random(random)], ModelId, 3, CancellationToken.None);

        var refused = await _harness.Galleries.AddFacesAsync(gallery.Id, subject.Id, [TestEmbeddings.Random(random), TestEmbeddings.Random(random)], ModelId, 3, CancellationToken.None);
        var accepted = await _harness.Galleries.AddFacesAsync(gallery.Id, subject.Id, [TestEmbeddings.Random(random)], ModelId, 3, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(refused, Is.Null);
            Assert.That(accepted, Has.Count.EqualTo(1));
            Assert.That(await _harness.Galleries.CountFacesAsync(subject.Id, CancellationToken.None), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task AddFaces_NeverPassesTheLimit_WhenFourWritersEnrolAtOnce()
    {
        const int MaxFaces = 5;
        var gallery = (await _harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None))!;
        for (var round = 0; round < 5; round++)
        {
            var subject = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, $"busy-{round}", "Busy", CancellationToken.None);
            using var start = new Barrier(4);
            var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
            {
                var random = new Random((round * 10) + writer);
                start.SignalAndWait();
                return await _harness.Galleries.AddFacesAsync(
                    gallery.Id, subject.Id, [TestEmbeddings.Random(random), TestEmbeddings.Random(random)], ModelId, MaxFaces, CancellationToken.None);
            })).ToList();
            var results = await Task.WhenAll(writers);

            var count = await _harness.Galleries.CountFacesAsync(subject.Id, CancellationToken.None);
            Assert.Multiple(() =>
            {
                Assert.That(count, Is.EqualTo(4), $"round {round}: two batches of two fit under {MaxFaces}");
                Assert.That(results.Count(r => r is not null), Is.EqualTo(2), $"round {round}");
            });
        }
    }

    [Test]
    public void AddFaces_ThrowsNotFound_WhenTheSubjectIsNotInTheGallery()
    {
        Assert.ThrowsAsync<NotFoundException>(() => _harness.Galleries.AddFacesAsync(
            1, 987654, [TestEmbeddings.Random(new Random(4))], ModelId, 5, CancellationToken.None));
    }

    [Test]
    public async Task DeleteSubject_RemovesItsFaces_AndDeleteFaceNeedsTheOwningSubject()
    {
        var random = new Random(5);
        var gallery = (await _harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None))!;
        var keep = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, "keep", "Keep", CancellationToken.None);
        var drop = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, "drop", "Drop", CancellationToken.None);
        var keptFaces = (await _harness.Galleries.AddFacesAsync(gallery.Id, keep.Id, [TestEmbeddings.Random(random), TestEmbeddings.Random(random), TestEmbeddings.Random(random)], ModelId, 5, CancellationToken.None))!;
        await _harness.Galleries.AddFacesAsync(gallery.Id, drop.Id, [TestEmbeddings.Random(random)], ModelId, 5, CancellationToken.None);

        var wrongOwner = await _harness.Galleries.DeleteFaceAsync(Gallery.DefaultName, "drop", FaceReference.ForPublicId(keptFaces[0].PublicId), CancellationToken.None);
        var rightOwner = await _harness.Galleries.DeleteFaceAsync(Gallery.DefaultName, "keep", FaceReference.ForPublicId(keptFaces[0].PublicId), CancellationToken.None);
        var byLegacyId = await _harness.Galleries.DeleteFaceAsync(Gallery.DefaultName, "keep", FaceReference.ForLegacyId(keptFaces[1].Id), CancellationToken.None);
        var wrongGallery = await _harness.Galleries.DeleteFaceAsync("elsewhere", "keep", FaceReference.ForPublicId(keptFaces[2].PublicId), CancellationToken.None);
        var unknown = await _harness.Galleries.DeleteFaceAsync(Gallery.DefaultName, "keep", FaceReference.ForPublicId(Guid.NewGuid()), CancellationToken.None);
        var subjectDeleted = await _harness.Galleries.DeleteSubjectAsync(drop.Id, CancellationToken.None);
        var remaining = new List<long>();
        await foreach (var face in _harness.Galleries.ReadAllFacesAsync(CancellationToken.None))
        {
            remaining.Add(face.FaceId);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(wrongOwner, Is.Null);
            Assert.That(rightOwner, Is.EqualTo(keptFaces[0].Id), "the index key of the deleted face");
            Assert.That(byLegacyId, Is.EqualTo(keptFaces[1].Id), "numeric ids of earlier releases still work");
            Assert.That(unknown, Is.Null);
            Assert.That(wrongGallery, Is.Null, "a face is found only under its own gallery and subject");
            Assert.That(subjectDeleted, Is.True);
            Assert.That(await _harness.Galleries.CountFacesAsync(drop.Id, CancellationToken.None), Is.Zero);
            Assert.That(remaining, Is.EqualTo(new[] { keptFaces[2].Id }));
        });
    }

    [Test]
    public async Task ReadAllFaces_ReturnsEveryFaceWithItsGalleryAndSubject()
    {
        var random = new Random(6);
        var expected = new List<(string Gallery, string ExternalId, long FaceId)>();
        foreach (var galleryName in new[] { "north", "south" })
        {
            var gallery = await _harness.Galleries.GetOrCreateGalleryAsync(galleryName, CancellationToken.None);
            for (var s = 0; s < 3; s++)
            {
                var subject = await _harness.Galleries.UpsertSubjectAsync(gallery.Id, $"p{s}", $"Person {s}", CancellationToken.None);
                var faces = await _harness.Galleries.AddFacesAsync(gallery.Id, subject.Id, [TestEmbeddings.Random(random), TestEmbeddings.Random(random)], ModelId, 5, CancellationToken.None);
                expected.AddRange(faces!.Select(f => (galleryName, subject.ExternalId, f.Id)));
            }
        }

        var actual = new List<(string Gallery, string ExternalId, long FaceId)>();
        await foreach (var face in _harness.Galleries.ReadAllFacesAsync(CancellationToken.None))
        {
            actual.Add((face.Gallery, face.Subject.ExternalId, face.FaceId));
        }

        Assert.That(actual, Is.EquivalentTo(expected));
    }
}
