using FaceRecognition.Application.Common.Validation;
using FluentValidation;

namespace FaceRecognition.Application.Faces.Queries.AnalyzeFaces;

public sealed class AnalyzeFacesValidator : AbstractValidator<AnalyzeFacesQuery>
{
    public AnalyzeFacesValidator()
    {
        RuleFor(q => q.Image).RequiredImage("image").OverridePropertyName("image");
        RuleFor(q => q.Actions)
            .Must(a => AnalysisActions.Unknown(a).Count == 0)
            .WithMessage(q => $"Unknown action(s): {string.Join(", ", AnalysisActions.Unknown(q.Actions))}. Use a comma-separated subset of {string.Join(", ", AnalysisActions.Names)}, or leave 'actions' out for all.")
            .OverridePropertyName("actions");
    }
}
