using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Galleries;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>
/// Durable storage of galleries, subjects and face embeddings. Every method commits before it returns, so a caller
/// may update the search index afterwards. Throws <see cref="Exceptions.StorageUnavailableException"/> when the
/// database cannot be reached.
/// </summary>
public interface IGalleryStore
{
    Task<Gallery?> FindGalleryAsync(string name, CancellationToken cancellationToken);

    /// <summary>Creates the gallery; returns null when one with that name already exists.</summary>
    Task<Gallery?> TryCreateGalleryAsync(string name, CancellationToken cancellationToken);

    /// <summary>Returns the gallery, creating it when missing.</summary>
    Task<Gallery> GetOrCreateGalleryAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<GallerySummary>> ListGalleriesAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the gallery with all its subjects and faces; false when it did not exist.</summary>
    Task<bool> DeleteGalleryAsync(long galleryId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SubjectSummary>> ListSubjectsAsync(long galleryId, CancellationToken cancellationToken);

    Task<Subject?> FindSubjectAsync(long galleryId, string externalId, CancellationToken cancellationToken);

    /// <summary>Returns the subject, creating it when missing; an existing subject's name is updated to <paramref name="name"/>.</summary>
    Task<Subject> UpsertSubjectAsync(long galleryId, string externalId, string name, CancellationToken cancellationToken);

    Task<int> CountFacesAsync(long subjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the embeddings for the subject in one transaction, unless that would take the subject past
    /// <paramref name="maxFacesPerSubject"/>, in which case nothing is stored and null is returned.
    /// </summary>
    Task<IReadOnlyList<EnrolledFace>?> AddFacesAsync(
        long galleryId,
        long subjectId,
        IReadOnlyList<Embedding> embeddings,
        string modelId,
        int maxFacesPerSubject,
        CancellationToken cancellationToken);

    Task<bool> DeleteSubjectAsync(long subjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the face named by <paramref name="face"/> of subject <paramref name="subjectId"/> (external id) in
    /// gallery <paramref name="gallery"/>; returns the id the search index knows it by
    /// (<see cref="IndexedFace.FaceId"/>), or null when there is no such face there (or no such subject or gallery).
    /// </summary>
    Task<long?> DeleteFaceAsync(string gallery, string subjectId, FaceReference face, CancellationToken cancellationToken);

    /// <summary>
    /// Streams every stored face with its subject and gallery, for building the search index. Faces of one subject
    /// share one <see cref="SubjectRef"/>.
    /// </summary>
    IAsyncEnumerable<IndexedFace> ReadAllFacesAsync(CancellationToken cancellationToken);
}
