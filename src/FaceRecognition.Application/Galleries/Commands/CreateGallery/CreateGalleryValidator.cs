using FaceRecognition.Application.Galleries.Common;
using FluentValidation;

namespace FaceRecognition.Application.Galleries.Commands.CreateGallery;

public sealed class CreateGalleryValidator : AbstractValidator<CreateGalleryCommand>
{
    public CreateGalleryValidator()
    {
        RuleFor(c => c.Name).GalleryName().OverridePropertyName("name");
    }
}
