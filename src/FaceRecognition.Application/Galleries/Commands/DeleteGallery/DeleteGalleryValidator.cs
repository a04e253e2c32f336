using FaceRecognition.Application.Galleries.Common;
using FluentValidation;

namespace FaceRecognition.Application.Galleries.Commands.DeleteGallery;

public sealed class DeleteGalleryValidator : AbstractValidator<DeleteGalleryCommand>
{
    public DeleteGalleryValidator()
    {
        RuleFor(c => c.Gallery).GalleryName().OverridePropertyName("gallery");
    }
}
