using FaceRecognition.Application.Common.Validation;
using FluentValidation;

namespace FaceRecognition.Application.Faces.Queries.CheckLiveness;

public sealed class CheckLivenessValidator : AbstractValidator<CheckLivenessQuery>
{
    public CheckLivenessValidator()
    {
        RuleFor(q => q.Image).RequiredImage("image").OverridePropertyName("image");
    }
}
