using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Galleries.Common;
using FaceRecognition.Domain.Galleries;
using MediatR;

namespace FaceRecognition.Application.Galleries.Commands.DeleteGallery;

/// <summary>Removes a gallery with all its subjects and faces. Deleting <c>default</c> empties it (it always exists).</summary>
public sealed record DeleteGalleryCommand(string Gallery) : IRequest<Unit>;

public sealed class DeleteGalleryHandler(IGalleryStore store, IFaceIndex index, GalleryLookup lookup)
    : IRequestHandler<DeleteGalleryCommand, Unit>
{
    public async Task<Unit> Handle(DeleteGalleryCommand request, CancellationToken cancellationToken)
    {
        lookup.EnsureIndexLoaded();
        var gallery = await lookup.GalleryAsync(request.Gallery, cancellationToken);
        if (!await store.DeleteGalleryAsync(gallery.Id, cancellationToken))
        {
            throw new NotFoundException($"Gallery '{request.Gallery}' does not exist.");
        }

        index.RemoveGallery(gallery.Name);
        if (string.Equals(gallery.Name, Gallery.DefaultName, StringComparison.Ordinal))
        {
            await store.GetOrCreateGalleryAsync(Gallery.DefaultName, cancellationToken);
        }

        return Unit.Value;
    }
}
