using FaceRecognition.Application.Common.Validation;
using FaceRecognition.Application.Galleries.Common;
using FluentValidation;

namespace FaceRecognition.Application.Galleries.Queries.VerifySubject;

public sealed class VerifySubjectValidator : AbstractValidator<VerifySubjectQuery>
{
    public VerifySubjectValidator()
    {
        RuleFor(q => q.Gallery).GalleryName().OverridePropertyName("gallery");
        RuleFor(q => q.SubjectId).SubjectId().OverridePropertyName("subjectId");
        RuleFor(q => q.Image).RequiredImage("image").OverridePropertyName("image");
        RuleFor(q => q.Threshold).OptionalSimilarityThreshold().OverridePropertyName("threshold");
    }
}
