using FaceRecognition.Application.Galleries.Common;
using FaceRecognition.Application.Common.Models;
using FluentValidation;

namespace FaceRecognition.Application.Galleries.Commands.DeleteFace;

public sealed class DeleteFaceValidator : AbstractValidator<DeleteFaceCommand>
{
    public DeleteFaceValidator()
    {
        RuleFor(c => c.Gallery).GalleryName().OverridePropertyName("gallery");
        RuleFor(c => c.SubjectId).SubjectId().OverridePropertyName("subjectId");
        RuleFor(c => c.FaceId)
            .Must(id => FaceReference.TryParse(id, out _))
            .WithMessage(c => $"'{c.FaceId}' is not a face id: use the face_id UUID returned at enrolment (numeric ids of earlier releases are still accepted).")
            .OverridePropertyName("faceId");
    }
}
