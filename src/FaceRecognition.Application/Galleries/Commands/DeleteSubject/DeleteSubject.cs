using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Galleries.Common;
using MediatR;

namespace FaceRecognition.Application.Galleries.Commands.DeleteSubject;

public sealed record DeleteSubjectCommand(string Gallery, string SubjectId) : IRequest<Unit>;

public sealed class DeleteSubjectHandler(IGalleryStore store, IFaceIndex index, GalleryLookup lookup)
    : IRequestHandler<DeleteSubjectCommand, Unit>
{
    public async Task<Unit> Handle(DeleteSubjectCommand request, CancellationToken cancellationToken)
    {
        lookup.EnsureIndexLoaded();
        var (gallery, subject) = await lookup.SubjectAsync(request.Gallery, request.SubjectId, cancellationToken);
        if (!await store.DeleteSubjectAsync(subject.Id, cancellationToken))
        {
            throw new NotFoundException($"Subject '{request.SubjectId}' does not exist in gallery '{request.Gallery}'.");
        }

        index.RemoveSubject(gallery.Name, subject.Id);
        return Unit.Value;
    }
}
