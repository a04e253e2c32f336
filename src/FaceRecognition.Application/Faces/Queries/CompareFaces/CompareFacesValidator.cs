using FaceRecognition.Application.Common.Validation;
using FluentValidation;

namespace FaceRecognition.Application.Faces.Queries.CompareFaces;

public sealed class CompareFacesValidator : AbstractValidator<CompareFacesQuery>
{
    public CompareFacesValidator()
    {
        RuleFor(q => q.ReferenceImage).RequiredImage("reference_image").OverridePropertyName("reference_image");
        RuleFor(q => q.LiveImage).RequiredImage("live_image").OverridePropertyName("live_image");
    }
}
