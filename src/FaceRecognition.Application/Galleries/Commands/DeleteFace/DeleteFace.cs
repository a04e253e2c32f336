using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Galleries.Common;
using MediatR;

namespace FaceRecognition.Application.Galleries.Commands.DeleteFace;

/// <summary>Removes one face; <see cref="FaceId"/> is its <c>face_id</c> UUID or, until the next major version, its old numeric id.</summary>
public sealed record DeleteFaceCommand(string Gallery, string SubjectId, string FaceId) : IRequest<Unit>;

public sealed class DeleteFaceHandler(IGalleryStore store, IFaceIndex index, GalleryLookup lookup)
    : IRequestHandler<DeleteFaceCommand, Unit>
{
    public async Task<Unit> Handle(DeleteFaceCommand request, CancellationToken cancellationToken)
    {
        lookup.EnsureIndexLoaded();
        _ = FaceReference.TryParse(request.FaceId, out var face); // the validator has checked the format
        var deleted = await store.DeleteFaceAsync(request.Gallery, request.SubjectId, face, cancellationToken);
        if (deleted is null)
        {
            // Only on the way out: say precisely what is missing (the gallery, the subject, or the face).
            await lookup.SubjectAsync(request.Gallery, request.SubjectId, cancellationToken);
            throw new NotFoundException($"Face {request.FaceId} does not exist for subject '{request.SubjectId}' in gallery '{request.Gallery}'.");
        }

        // Gallery names match exactly in the database, so the request's name is the index's name.
        index.RemoveFace(request.Gallery, deleted.Value);
        return Unit.Value;
    }
}
