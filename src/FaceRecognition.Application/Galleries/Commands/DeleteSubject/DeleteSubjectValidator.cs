using FaceRecognition.Application.Galleries.Common;
using FluentValidation;

namespace FaceRecognition.Application.Galleries.Commands.DeleteSubject;

public sealed class DeleteSubjectValidator : AbstractValidator<DeleteSubjectCommand>
{
    public DeleteSubjectValidator()
    {
        RuleFor(c => c.Gallery).GalleryName().OverridePropertyName("gallery");
        RuleFor(c => c.SubjectId).SubjectId().OverridePropertyName("subjectId");
    }
}
