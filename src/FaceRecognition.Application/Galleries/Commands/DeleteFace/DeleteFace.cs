using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Galleries.Common;
using MediatR;

namespace FaceRecognition.Application.Galleries.Commands.DeleteFace;

public sealed record DeleteFaceCommand(string Gallery, string SubjectId, long FaceId) : IRequest<Unit>;

public sealed class DeleteFaceHandler(IGalleryStore store, IFaceIndex index, GalleryLookup lookup)
    : IRequestHandler<DeleteFaceCommand, Unit>
{
    public async Task<Unit> Handle(DeleteFaceCommand request, CancellationToken cancellationToken)
    {
        lookup.EnsureIndexLoaded();
        var (gallery, subject) = await lookup.SubjectAsync(request.Gallery, request.SubjectId, cancellationToken);
        if (!await store.DeleteFaceAsync(subject.Id, request.FaceId, cancellationToken))
        {
            throw new NotFoundException($"Face {request.FaceId} does not exist for subject '{request.SubjectId}' in gallery '{request.Gallery}'.");
        }

        index.RemoveFace(gallery.Name, request.FaceId);
        return Unit.Value;
    }
}
