using FaceRecognition.Application.Common.Models;
using FluentValidation;

namespace FaceRecognition.Application.Common.Validation;

/// <summary>The checks every uploaded image gets before any decoding: present and not empty.</summary>
public static class ImageUploadRules
{
    public static IRuleBuilderOptions<T, ImageUpload?> RequiredImage<T>(this IRuleBuilder<T, ImageUpload?> rule, string field) =>
        rule.NotNull()
            .WithMessage($"The '{field}' field is required: send the photo as a file in multipart/form-data field '{field}'.")
            .Must(u => u is null || u.Content.Length > 0)
            .WithMessage($"The '{field}' file is empty (0 bytes). Send a JPEG, PNG, WebP, BMP, GIF or TIFF photo.");
}
