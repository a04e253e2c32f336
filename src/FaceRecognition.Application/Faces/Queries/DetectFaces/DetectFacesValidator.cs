using FaceRecognition.Application.Common.Validation;
using FluentValidation;

namespace FaceRecognition.Application.Faces.Queries.DetectFaces;

public sealed class DetectFacesValidator : AbstractValidator<DetectFacesQuery>
{
    public DetectFacesValidator()
    {
        RuleFor(q => q.Image).RequiredImage("image").OverridePropertyName("image");
    }
}
