using System.Runtime.CompilerServices;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>
/// Streams every face for the index load. Galleries and subjects are read first into small maps; faces then stream
/// untracked as (ids, embedding) rows, so a face costs its vector and nothing else (no per-row strings, one
/// <see cref="SubjectRef"/> per subject). No ORDER BY: the index needs none, and sorting 2 KB blobs is slow on MariaDB.
/// </summary>
internal sealed class FaceIndexReader(StoreSession session)
{
    private readonly Dictionary<long, string> _galleries = [];
    private readonly Dictionary<long, SubjectRef> _subjects = [];

    public async IAsyncEnumerable<IndexedFace> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await session.RunAsync(LoadNamesAsync, cancellationToken);
        var db = await session.OpenContextAsync(cancellationToken);
        await using (db)
        {
            var rows = db.Faces.AsNoTracking()
                .Select(f => new FaceRow(f.Id, f.GalleryId, f.SubjectId, f.Embedding))
                .AsAsyncEnumerable();
            await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
            while (await MoveNextAsync(enumerator))
            {
                var row = enumerator.Current;
                if (await ResolveAsync(row, cancellationToken) is { } owner)
                {
                    yield return new IndexedFace(owner.Gallery, owner.Subject, row.Id, Embedding.FromBytes(row.Embedding));
                }
            }
        }
    }

    private async Task<bool> LoadNamesAsync(FaceRecognitionDbContext db)
    {
        await foreach (var gallery in db.Galleries.AsNoTracking().Select(g => new { g.Id, g.Name }).AsAsyncEnumerable())
        {
            _galleries[gallery.Id] = gallery.Name;
        }

        await foreach (var subject in db.Subjects.AsNoTracking().Select(s => new { s.Id, s.ExternalId, s.Name }).AsAsyncEnumerable())
        {
            _subjects[subject.Id] = new SubjectRef(subject.Id, subject.ExternalId, subject.Name);
        }

        return true;
    }

    private async ValueTask<bool> MoveNextAsync(IAsyncEnumerator<FaceRow> enumerator)
    {
        try
        {
            return await enumerator.MoveNextAsync();
        }
        catch (Exception exception) when (session.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    // A face enrolled after the maps were read belongs to a subject (or gallery) they lack: fetch it on a second
    // connection (the first one is busy streaming). Null when it was deleted meanwhile.
    private async ValueTask<(string Gallery, SubjectRef Subject)?> ResolveAsync(FaceRow row, CancellationToken cancellationToken)
    {
        if (!_galleries.ContainsKey(row.GalleryId) || !_subjects.ContainsKey(row.SubjectId))
        {
            await session.RunAsync(
                async db =>
                {
                    var gallery = await db.Galleries.AsNoTracking().Where(g => g.Id == row.GalleryId).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken);
                    var subject = await db.Subjects.AsNoTracking().Where(s => s.Id == row.SubjectId)
                        .Select(s => new SubjectRef(s.Id, s.ExternalId, s.Name)).FirstOrDefaultAsync(cancellationToken);
                    if (gallery is not null && subject is not null)
                    {
                        _galleries[row.GalleryId] = gallery;
                        _subjects[row.SubjectId] = subject;
                    }

                    return true;
                },
                cancellationToken);
        }

        return _galleries.TryGetValue(row.GalleryId, out var name) && _subjects.TryGetValue(row.SubjectId, out var subjectRef)
            ? (name, subjectRef)
            : null;
    }

    private readonly record struct FaceRow(long Id, long GalleryId, long SubjectId, byte[] Embedding);
}
