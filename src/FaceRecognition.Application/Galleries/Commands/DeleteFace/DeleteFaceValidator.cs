using FaceRecognition.Application.Galleries.Common;
using FluentValidation;

namespace FaceRecognition.Application.Galleries.Commands.DeleteFace;

public sealed class DeleteFaceValidator : AbstractValidator<DeleteFaceCommand>
{
    public DeleteFaceValidator()
    {
        RuleFor(c => c.Gallery).GalleryName().OverridePropertyName("gallery");
        RuleFor(c => c.SubjectId).SubjectId().OverridePropertyName("subjectId");
    }
}
