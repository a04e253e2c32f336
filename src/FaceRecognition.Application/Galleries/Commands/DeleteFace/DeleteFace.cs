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
        var (gallery, subject) = await lookup.SubjectAsync(request.Gallery, request.SubjectId, cancellationToken);
        var deleted = await store.DeleteFaceAsync(subject.Id, face, cancellationToken)
            ?? throw new NotFoundException($"Face {request.FaceId} does not exist for subject '{request.SubjectId}' in gallery '{request.Gallery}'.");

        index.RemoveFace(gallery.Name, deleted);
        return Unit.Value;
    }
}
