using FluentValidation;

namespace FaceRecognition.Application.Galleries.Common;

/// <summary>Names clients choose for galleries and subjects: safe in URLs and logs.</summary>
public static class GalleryRules
{
    public const string NamePattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    public static IRuleBuilderOptions<T, string?> GalleryName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("A gallery name is required.")
            .Matches(NamePattern).WithMessage("A gallery name is 1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit.");

    public static IRuleBuilderOptions<T, string?> SubjectId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("A subject id is required.")
            .Matches(NamePattern).WithMessage("A subject id is 1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit.");

    /// <summary>An optional per-request threshold: absent, or a cosine similarity.</summary>
    public static IRuleBuilderOptions<T, double?> OptionalSimilarityThreshold<T>(this IRuleBuilder<T, double?> rule) =>
        rule.Must(t => t is null || (t >= -1.0 && t <= 1.0))
            .WithMessage("'threshold' is a cosine similarity between -1 and 1.");
}
