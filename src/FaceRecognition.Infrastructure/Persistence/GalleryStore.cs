using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Galleries;
using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Galleries, subjects and faces through EF Core, the same LINQ for SQLite and MySQL.</summary>
internal sealed class GalleryStore(StoreSession session, TimeProvider timeProvider) : IGalleryStore
{
    // A concurrent delete can remove a gallery between our insert attempt and our read; a few rounds settle it.
    private const int GetOrCreateAttempts = 5;

    // The lookups every request makes, compiled once per store: EF then skips its per-call query translation. A
    // compiled query is bound to one model, so these are per instance (one store per service provider).
    private readonly Func<FaceRecognitionDbContext, string, CancellationToken, Task<GalleryEntity?>> _galleryByName =
        EF.CompileAsyncQuery((FaceRecognitionDbContext db, string name, CancellationToken ct) =>
            db.Galleries.AsNoTracking().FirstOrDefault(g => g.Name == name));

    private readonly Func<FaceRecognitionDbContext, long, string, CancellationToken, Task<SubjectEntity?>> _subjectByExternalId =
        EF.CompileAsyncQuery((FaceRecognitionDbContext db, long galleryId, string externalId, CancellationToken ct) =>
            db.Subjects.AsNoTracking().FirstOrDefault(s => s.GalleryId == galleryId && s.ExternalId == externalId));

    private readonly Func<FaceRecognitionDbContext, long, CancellationToken, Task<int>> _faceCountOfSubject =
        EF.CompileAsyncQuery((FaceRecognitionDbContext db, long subjectId, CancellationToken ct) =>
            db.Faces.Count(f => f.SubjectId == subjectId));

    private readonly Func<FaceRecognitionDbContext, string, string, Guid, CancellationToken, Task<long?>> _faceIdByPublicId =
        EF.CompileAsyncQuery((FaceRecognitionDbContext db, string gallery, string subjectId, Guid publicId, CancellationToken ct) =>
            (from f in db.Faces
             join s in db.Subjects on f.SubjectId equals s.Id
             join g in db.Galleries on s.GalleryId equals g.Id
             where g.Name == gallery && s.ExternalId == subjectId && f.PublicId == publicId
             select (long?)f.Id).FirstOrDefault());

    private readonly Func<FaceRecognitionDbContext, string, string, long, CancellationToken, Task<long?>> _faceIdByLegacyId =
        EF.CompileAsyncQuery((FaceRecognitionDbContext db, string gallery, string subjectId, long legacyId, CancellationToken ct) =>
            (from f in db.Faces
             join s in db.Subjects on f.SubjectId equals s.Id
             join g in db.Galleries on s.GalleryId equals g.Id
             where g.Name == gallery && s.ExternalId == subjectId && f.Id == legacyId
             select (long?)f.Id).FirstOrDefault());

    public Task<Gallery?> FindGalleryAsync(string name, CancellationToken cancellationToken) =>
        session.RunAsync(
            async db => ToGallery(await _galleryByName(db, name, cancellationToken)),
            cancellationToken);

    public Task<Gallery?> TryCreateGalleryAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var gallery = new GalleryEntity { Name = name, CreatedAt = UtcClock.Now(timeProvider) };
        return session.RunAsync(
            async db =>
            {
                db.Galleries.Add(gallery);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return ToGallery(gallery);
                }
                catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
                {
                    return null;
                }
            },
            cancellationToken);
    }

    public async Task<Gallery> GetOrCreateGalleryAsync(string name, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < GetOrCreateAttempts; attempt++)
        {
            var gallery = await FindGalleryAsync(name, cancellationToken)
                ?? await TryCreateGalleryAsync(name, cancellationToken);
            if (gallery is not null)
            {
                return gallery;
            }
        }

        throw new InvalidOperationException($"Gallery '{name}' kept being created and deleted concurrently.");
    }

    public Task<IReadOnlyList<GallerySummary>> ListGalleriesAsync(CancellationToken cancellationToken) =>
        session.RunAsync<IReadOnlyList<GallerySummary>>(
            async db => await db.Galleries.AsNoTracking()
                .OrderBy(g => g.Name)
                .Select(g => new GallerySummary(
                    g.Name,
                    db.Subjects.Count(s => s.GalleryId == g.Id),
                    db.Faces.Count(f => f.GalleryId == g.Id)))
                .ToListAsync(cancellationToken),
            cancellationToken);

    public Task<bool> DeleteGalleryAsync(long galleryId, CancellationToken cancellationToken) =>
        session.RunAsync(
            async db => await db.Galleries.Where(g => g.Id == galleryId).ExecuteDeleteAsync(cancellationToken) > 0,
            cancellationToken);

    public Task<IReadOnlyList<SubjectSummary>> ListSubjectsAsync(long galleryId, CancellationToken cancellationToken) =>
        session.RunAsync<IReadOnlyList<SubjectSummary>>(
            async db => await db.Subjects.AsNoTracking()
                .Where(s => s.GalleryId == galleryId)
                .OrderBy(s => s.ExternalId)
                .Select(s => new SubjectSummary(s.ExternalId, s.Name, db.Faces.Count(f => f.SubjectId == s.Id)))
                .ToListAsync(cancellationToken),
            cancellationToken);

    public Task<Subject?> FindSubjectAsync(long galleryId, string externalId, CancellationToken cancellationToken) =>
        session.RunAsync(
            async db => ToSubject(await FindSubjectEntityAsync(db, galleryId, externalId, cancellationToken)),
            cancellationToken);

    public Task<Subject> UpsertSubjectAsync(long galleryId, string externalId, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        ArgumentNullException.ThrowIfNull(name);
        var createdAt = UtcClock.Now(timeProvider);
        return session.RunAsync(
            async db =>
            {
                // Rename first; insert only when nothing matched. Two concurrent upserts that both insert collide on
                // the unique key, and the loser renames the winner's row instead.
                if (await RenameAsync(db, galleryId, externalId, name, cancellationToken) == 0)
                {
                    var subject = new SubjectEntity { GalleryId = galleryId, ExternalId = externalId, Name = name, CreatedAt = createdAt };
                    db.Subjects.Add(subject);
                    try
                    {
                        await db.SaveChangesAsync(cancellationToken);
                        return ToSubject(subject)!;
                    }
                    catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
                    {
                        db.ChangeTracker.Clear();
                        await RenameAsync(db, galleryId, externalId, name, cancellationToken);
                    }
                    catch (DbUpdateException exception) when (DatabaseErrors.IsForeignKeyViolation(exception))
                    {
                        throw new NotFoundException($"Gallery {galleryId} was deleted while the subject '{externalId}' was being added to it.");
                    }
                }

                return ToSubject(await FindSubjectEntityAsync(db, galleryId, externalId, cancellationToken))
                    ?? throw new NotFoundException($"Subject '{externalId}' was deleted while it was being updated.");
            },
            cancellationToken);
    }

    public Task<int> CountFacesAsync(long subjectId, CancellationToken cancellationToken) =>
        session.RunAsync(db => _faceCountOfSubject(db, subjectId, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<EnrolledFace>?> AddFacesAsync(
        long galleryId,
        long subjectId,
        IReadOnlyList<Embedding> embeddings,
        string modelId,
        int maxFacesPerSubject,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxFacesPerSubject);
        var createdAt = UtcClock.Now(timeProvider);
        // Public ids are chosen before the first attempt, so a retry after a lost commit can tell whether it landed.
        var faces = embeddings
            .Select(e => new FaceEntity { PublicId = Guid.CreateVersion7(), GalleryId = galleryId, SubjectId = subjectId, Embedding = e.ToBytes(), ModelId = modelId, CreatedAt = createdAt })
            .ToList();
        var stored = await session.RunAsync(
            db => db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
                ct => AddFacesOnceAsync(db, faces, maxFacesPerSubject, ct),
                ct => WasStoredAsync(db, faces[0].PublicId, ct),
                cancellationToken),
            cancellationToken);
        return stored is null ? null : faces.Select((f, i) => ToEnrolledFace(f, embeddings[i])).ToList();
    }

    public Task<bool> DeleteSubjectAsync(long subjectId, CancellationToken cancellationToken) =>
        session.RunAsync(
            async db => await db.Subjects.Where(s => s.Id == subjectId).ExecuteDeleteAsync(cancellationToken) > 0,
            cancellationToken);

    public Task<long?> DeleteFaceAsync(string gallery, string subjectId, FaceReference face, CancellationToken cancellationToken) =>
        session.RunAsync(
            async db =>
            {
                var id = face.PublicId is { } publicId
                    ? await _faceIdByPublicId(db, gallery, subjectId, publicId, cancellationToken)
                    : await _faceIdByLegacyId(db, gallery, subjectId, face.LegacyId!.Value, cancellationToken);
                return id is not null && await db.Faces.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken) > 0 ? id : null;
            },
            cancellationToken);

    public IAsyncEnumerable<IndexedFace> ReadAllFacesAsync(CancellationToken cancellationToken) =>
        new FaceIndexReader(session).ReadAsync(cancellationToken);

    // The caller's transaction is already open; each attempt starts from a clean change tracker.
    private async Task<bool?> AddFacesOnceAsync(FaceRecognitionDbContext db, List<FaceEntity> faces, int maxFacesPerSubject, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // A failed attempt is rolled back and retried whole, so SaveChanges needs no savepoint (two round trips).
        db.Database.AutoSavepointsEnabled = false;
        var subjectId = faces[0].SubjectId;
        var galleryId = faces[0].GalleryId;

        // A no-op UPDATE takes the subject row's write lock on both engines (and is certified on Galera), so two
        // enrolments cannot both count the faces and both see room for theirs.
        var locked = await db.Subjects.Where(s => s.Id == subjectId && s.GalleryId == galleryId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, s => s.Name), cancellationToken);
        if (locked == 0)
        {
            throw new NotFoundException($"Subject {subjectId} does not exist in gallery {galleryId}.");
        }

        var existing = await _faceCountOfSubject(db, subjectId, cancellationToken);
        if (existing + faces.Count > maxFacesPerSubject)
        {
            // Nothing written: committing the empty transaction just releases the lock.
            return null;
        }

        foreach (var face in faces)
        {
            face.Id = 0;
        }

        db.Faces.AddRange(faces);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // Asked only when the commit's outcome is unknown (the connection broke during COMMIT). The strategy does not
    // retry this check itself, so it gets a few attempts of its own on a fresh connection.
    private static async Task<bool> WasStoredAsync(FaceRecognitionDbContext db, Guid publicId, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.Faces.AnyAsync(f => f.PublicId == publicId, cancellationToken);
            }
            catch (Exception exception) when (attempt < Attempts && DatabaseErrors.IsConnectionLost(exception))
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static Task<int> RenameAsync(FaceRecognitionDbContext db, long galleryId, string externalId, string name, CancellationToken cancellationToken) =>
        db.Subjects.Where(s => s.GalleryId == galleryId && s.ExternalId == externalId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, name), cancellationToken);

    private Task<SubjectEntity?> FindSubjectEntityAsync(FaceRecognitionDbContext db, long galleryId, string externalId, CancellationToken cancellationToken) =>
        _subjectByExternalId(db, galleryId, externalId, cancellationToken);

    private static Gallery? ToGallery(GalleryEntity? row) =>
        row is null ? null : new Gallery(row.Id, row.Name, UtcClock.FromStored(row.CreatedAt));

    private static Subject? ToSubject(SubjectEntity? row) =>
        row is null ? null : new Subject(row.Id, row.GalleryId, row.ExternalId, row.Name, UtcClock.FromStored(row.CreatedAt));

    private static EnrolledFace ToEnrolledFace(FaceEntity row, Embedding embedding) =>
        new(row.Id, row.PublicId, row.GalleryId, row.SubjectId, embedding, row.ModelId, UtcClock.FromStored(row.CreatedAt));
}
