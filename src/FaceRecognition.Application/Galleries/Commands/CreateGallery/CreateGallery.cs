using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using MediatR;

namespace FaceRecognition.Application.Galleries.Commands.CreateGallery;

public sealed record CreateGalleryCommand(string? Name) : IRequest<CreateGalleryResult>;

public sealed record CreateGalleryResult(string Name, DateTimeOffset CreatedAt);

public sealed class CreateGalleryHandler(IGalleryStore store) : IRequestHandler<CreateGalleryCommand, CreateGalleryResult>
{
    public async Task<CreateGalleryResult> Handle(CreateGalleryCommand request, CancellationToken cancellationToken)
    {
        var gallery = await store.TryCreateGalleryAsync(request.Name!, cancellationToken)
            ?? throw new ConflictException($"Gallery '{request.Name}' already exists.");
        return new CreateGalleryResult(gallery.Name, gallery.CreatedAt);
    }
}
