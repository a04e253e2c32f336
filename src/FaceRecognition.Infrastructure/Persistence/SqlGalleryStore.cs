using System.Runtime.CompilerServices;
using Dapper;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Galleries;
using FaceRecognition.Infrastructure.Persistence.Rows;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Galleries, subjects and faces in SQLite or MySQL; one SQL text for both, dialect fragments spliced in.</summary>
internal sealed class SqlGalleryStore(SqlSession session, TimeProvider timeProvider) : IGalleryStore
{
    private const string GalleryColumns = "id AS Id, name AS Name, created_at AS CreatedAt";
    private const string SubjectColumns = "id AS Id, gallery_id AS GalleryId, external_id AS ExternalId, name AS Name, created_at AS CreatedAt";

    // A concurrent delete can remove a gallery between our insert attempt and our read; a few rounds settle it.
    private const int GetOrCreateAttempts = 5;

    public Task<Gallery?> FindGalleryAsync(string name, CancellationToken cancellationToken) =>
        session.RunAsync(
            async connection =>
            {
                var row = await connection.QuerySingleOrDefaultAsync<GalleryRow>(new CommandDefinition(
                    $"SELECT {GalleryColumns} FROM galleries WHERE name = @name;",
                    new { name },
                    cancellationToken: cancellationToken));
                return row?.ToGallery();
            },
            cancellationToken);

    public Task<Gallery?> TryCreateGalleryAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var createdAt = UtcClock.Now(timeProvider);
        return session.RunAsync(
            async connection =>
            {
                try
                {
                    var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        $"INSERT INTO galleries (name, created_at) VALUES (@name, @createdAt); SELECT {session.Dialect.LastInsertIdExpression};",
                        new { name, createdAt },
                        cancellationToken: cancellationToken));
                    return new Gallery(id, name, UtcClock.FromStored(createdAt));
                }
                catch (Exception exception) when (session.Dialect.IsUniqueViolation(exception))
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
            async connection =>
            {
                var rows = await connection.QueryAsync<GallerySummaryRow>(new CommandDefinition(
                    """
                    SELECT g.name AS Name,
                           (SELECT COUNT(*) FROM subjects s WHERE s.gallery_id = g.id) AS SubjectCount,
                           (SELECT COUNT(*) FROM faces f WHERE f.gallery_id = g.id) AS FaceCount
                    FROM galleries g
                    ORDER BY g.name;
                    """,
                    cancellationToken: cancellationToken));
                return rows.Select(r => r.ToSummary()).ToList();
            },
            cancellationToken);

    public Task<bool> DeleteGalleryAsync(long galleryId, CancellationToken cancellationToken) =>
        session.RunAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM galleries WHERE id = @galleryId;",
                new { galleryId },
                cancellationToken: cancellationToken)) > 0,
            cancellationToken);

    public Task<IReadOnlyList<SubjectSummary>> ListSubjectsAsync(long galleryId, CancellationToken cancellationToken) =>
        session.RunAsync<IReadOnlyList<SubjectSummary>>(
            async connection =>
            {
                var rows = await connection.QueryAsync<SubjectSummaryRow>(new CommandDefinition(
                    """
                    SELECT s.external_id AS ExternalId, s.name AS Name,
                           (SELECT COUNT(*) FROM faces f WHERE f.subject_id = s.id) AS FaceCount
                    FROM subjects s
                    WHERE s.gallery_id = @galleryId
                    ORDER BY s.external_id;
                    """,
                    new { galleryId },
                    cancellationToken: cancellationToken));
                return rows.Select(r => r.ToSummary()).ToList();
            },
            cancellationToken);

    public Task<Subject?> FindSubjectAsync(long galleryId, string externalId, CancellationToken cancellationToken) =>
        session.RunAsync(
            async connection => (await connection.QuerySingleOrDefaultAsync<SubjectRow>(new CommandDefinition(
                $"SELECT {SubjectColumns} FROM subjects WHERE gallery_id = @galleryId AND external_id = @externalId;",
                new { galleryId, externalId },
                cancellationToken: cancellationToken)))?.ToSubject(),
            cancellationToken);

    public Task<Subject> UpsertSubjectAsync(long galleryId, string externalId, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        ArgumentNullException.ThrowIfNull(name);
        var createdAt = UtcClock.Now(timeProvider);
        return session.RunAsync(
            async connection =>
            {
                // Insert-or-rename is a single statement on both engines, so concurrent upserts cannot collide.
                await connection.ExecuteAsync(new CommandDefinition(
                    session.Dialect.UpsertSubjectSql,
                    new { GalleryId = galleryId, ExternalId = externalId, Name = name, CreatedAt = createdAt },
                    cancellationToken: cancellationToken));
                var row = await connection.QuerySingleAsync<SubjectRow>(new CommandDefinition(
                    $"SELECT {SubjectColumns} FROM subjects WHERE gallery_id = @galleryId AND external_id = @externalId;",
                    new { galleryId, externalId },
                    cancellationToken: cancellationToken));
                return row.ToSubject();
            },
            cancellationToken);
    }

    public Task<int> CountFacesAsync(long subjectId, CancellationToken cancellationToken) =>
        session.RunAsync(
            async connection => checked((int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM faces WHERE subject_id = @subjectId;",
                new { subjectId },
                cancellationToken: cancellationToken))),
            cancellationToken);

    public Task<IReadOnlyList<EnrolledFace>?> AddFacesAsync(
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
        return session.RunInWriteTransactionAsync<IReadOnlyList<EnrolledFace>?>(
            async (connection, transaction) =>
            {
                // Lock the subject row (MySQL) or hold the write lock (SQLite) before counting, so two enrolments
                // cannot both see room for their faces.
                var lockedSubject = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    $"SELECT id FROM subjects WHERE id = @subjectId AND gallery_id = @galleryId{session.Dialect.LockRowsSuffix};",
                    new { subjectId, galleryId },
                    transaction,
                    cancellationToken: cancellationToken));
                if (lockedSubject is null)
                {
                    throw new NotFoundException($"Subject {subjectId} does not exist in gallery {galleryId}.");
                }

                var existing = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM faces WHERE subject_id = @subjectId;",
                    new { subjectId },
                    transaction,
                    cancellationToken: cancellationToken));
                if (existing + embeddings.Count > maxFacesPerSubject)
                {
                    // Nothing written yet: committing the empty transaction just releases the lock.
                    return null;
                }

                var insert = $"""
                    INSERT INTO faces (gallery_id, subject_id, embedding, model_id, created_at)
                    VALUES (@galleryId, @subjectId, @embedding, @modelId, @createdAt);
                    SELECT {session.Dialect.LastInsertIdExpression};
                    """;
                var stored = new List<EnrolledFace>(embeddings.Count);
                foreach (var embedding in embeddings)
                {
                    var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        insert,
                        new { galleryId, subjectId, embedding = embedding.ToBytes(), modelId, createdAt },
                        transaction,
                        cancellationToken: cancellationToken));
                    stored.Add(new EnrolledFace(id, galleryId, subjectId, embedding, modelId, UtcClock.FromStored(createdAt)));
                }

                return stored;
            },
            cancellationToken);
    }

    public Task<bool> DeleteSubjectAsync(long subjectId, CancellationToken cancellationToken) =>
        session.RunAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM subjects WHERE id = @subjectId;",
                new { subjectId },
                cancellationToken: cancellationToken)) > 0,
            cancellationToken);

    public Task<bool> DeleteFaceAsync(long subjectId, long faceId, CancellationToken cancellationToken) =>
        session.RunAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM faces WHERE id = @faceId AND subject_id = @subjectId;",
                new { faceId, subjectId },
                cancellationToken: cancellationToken)) > 0,
            cancellationToken);

    public async IAsyncEnumerable<IndexedFace> ReadAllFacesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The connection stays open while the caller consumes the stream; rows are mapped one at a time (unbuffered),
        // so 100k+ faces are never held twice. Failures while streaming are translated like any other call.
        const string sql = """
            SELECT g.name AS Gallery, s.id AS SubjectId, s.external_id AS ExternalId, s.name AS SubjectName,
                   f.id AS FaceId, f.embedding AS Embedding
            FROM faces f
            JOIN subjects s ON s.id = f.subject_id
            JOIN galleries g ON g.id = s.gallery_id
            ORDER BY f.id;
            """;
        System.Data.Common.DbConnection connection;
        try
        {
            connection = await session.Dialect.OpenAsync(cancellationToken);
        }
        catch (Exception exception) when (session.Dialect.IsUnavailable(exception))
        {
            throw session.Unavailable(exception);
        }

        await using (connection)
        {
            var rows = connection.QueryUnbufferedAsync<IndexedFaceRow>(sql).WithCancellation(cancellationToken);
            await using var enumerator = rows.GetAsyncEnumerator();
            while (true)
            {
                bool hasRow;
                try
                {
                    hasRow = await enumerator.MoveNextAsync();
                }
                catch (Exception exception) when (session.Dialect.IsUnavailable(exception))
                {
                    throw session.Unavailable(exception);
                }

                if (!hasRow)
                {
                    yield break;
                }

                yield return enumerator.Current.ToIndexedFace();
            }
        }
    }
}
