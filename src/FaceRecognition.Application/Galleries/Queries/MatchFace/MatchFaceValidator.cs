using FaceRecognition.Application.Common.Options;
using FaceRecognition.Application.Common.Validation;
using FaceRecognition.Application.Galleries.Common;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Galleries.Queries.MatchFace;

public sealed class MatchFaceValidator : AbstractValidator<MatchFaceQuery>
{
    public MatchFaceValidator(IOptions<RecognitionOptions> options)
    {
        var maxTopK = options.Value.MaxTopK;
        RuleFor(q => q.Gallery).GalleryName().OverridePropertyName("gallery");
        RuleFor(q => q.Image).RequiredImage("image").OverridePropertyName("image");
        RuleFor(q => q.TopK).InclusiveBetween(1, maxTopK).When(q => q.TopK.HasValue)
            .WithMessage($"'top_k' must be between 1 and {maxTopK}.").OverridePropertyName("top_k");
        RuleFor(q => q.Threshold).OptionalSimilarityThreshold().OverridePropertyName("threshold");
    }
}
