using FaceRecognition.Application.Common.Options;
using FaceRecognition.Application.Galleries.Common;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Galleries.Commands.EnrollFaces;

public sealed class EnrollFacesValidator : AbstractValidator<EnrollFacesCommand>
{
    public EnrollFacesValidator(IOptions<EnrollmentOptions> options)
    {
        var max = options.Value.MaxImagesPerRequest;
        RuleFor(c => c.Gallery).GalleryName().OverridePropertyName("gallery");
        RuleFor(c => c.SubjectId).SubjectId().OverridePropertyName("subjectId");
        RuleFor(c => c.Name).DisplayName().OverridePropertyName("name");
        RuleFor(c => c.Images)
            .NotEmpty().WithMessage("Send 1 or more photos in multipart/form-data field 'images'.")
            .Must(i => i.Count <= max).WithMessage(c => $"At most {max} images per request; got {c.Images.Count}.")
            .OverridePropertyName("images");
        RuleForEach(c => c.Images)
            .Must(i => i.Content.Length > 0).WithMessage("An image in 'images' is empty (0 bytes).")
            .OverridePropertyName("images");
    }
}
