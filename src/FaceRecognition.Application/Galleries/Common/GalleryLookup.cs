using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Galleries;

namespace FaceRecognition.Application.Galleries.Common;

/// <summary>Finds galleries and subjects or fails with a 404-worthy message; also guards against a cold index.</summary>
public sealed class GalleryLookup(IGalleryStore store, IFaceIndex index)
{
    public async Task<Gallery> GalleryAsync(string name, CancellationToken cancellationToken) =>
        await store.FindGalleryAsync(name, cancellationToken)
        ?? throw new NotFoundException($"Gallery '{name}' does not exist. Create it with POST /api/v1/galleries or enrol a face into it.");

    public async Task<(Gallery Gallery, Subject Subject)> SubjectAsync(string galleryName, string subjectId, CancellationToken cancellationToken)
    {
        var gallery = await GalleryAsync(galleryName, cancellationToken);
        var subject = await store.FindSubjectAsync(gallery.Id, subjectId, cancellationToken)
            ?? throw new NotFoundException($"Subject '{subjectId}' does not exist in gallery '{galleryName}'.");
        return (gallery, subject);
    }

    /// <summary>Searching a half-loaded index would answer "unknown" for people who are enrolled.</summary>
    public void EnsureIndexLoaded()
    {
        if (!index.IsLoaded)
        {
            throw new ServiceNotReadyException("The face index is still loading from the database. Retry in a few seconds.");
        }
    }
}
