using System.Text.RegularExpressions;
using FaceRecognition.Application.Common.Validation;
using FluentValidation;

namespace FaceRecognition.Application.Galleries.Common;

/// <summary>Names clients choose for galleries and subjects: plain ASCII, safe in URLs, headers and logs.</summary>
public static partial class GalleryRules
{
    public const int MaxNameLength = 64;
    public const int MaxDisplayNameLength = 200;

    private const string NameShape = "1-64 characters of ASCII letters, digits, '.', '_' or '-', starting with a letter or digit";

    /// <summary>True for a name that may be a gallery name or a subject id.</summary>
    public static bool IsValidName(string? value) => value is not null && NamePattern().IsMatch(value);

    public static IRuleBuilderOptions<T, string?> GalleryName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("A gallery name is required.")
            .Must(n => string.IsNullOrEmpty(n) || IsValidName(n))
            .WithMessage($"A gallery name is {NameShape}.");

    public static IRuleBuilderOptions<T, string?> SubjectId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("A subject id is required.")
            .Must(n => string.IsNullOrEmpty(n) || IsValidName(n))
            .WithMessage($"A subject id is {NameShape}.");

    /// <summary>A person's display name: any script, but nothing invisible or line-breaking (it is shown and logged).</summary>
    public static IRuleBuilderOptions<T, string?> DisplayName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxDisplayNameLength).WithMessage($"'name' is at most {MaxDisplayNameLength} characters.")
            .Must(n => n is null || !TextRules.HasControlOrInvisibleCharacters(n))
            .WithMessage("'name' must not contain control characters, line breaks or invisible formatting characters.");

    /// <summary>An optional per-request threshold: absent, or a cosine similarity.</summary>
    public static IRuleBuilderOptions<T, double?> OptionalSimilarityThreshold<T>(this IRuleBuilder<T, double?> rule) =>
        rule.Must(t => t is null || (t >= -1.0 && t <= 1.0))
            .WithMessage("'threshold' is a cosine similarity between -1 and 1.");

    // \A…\z, not ^…$: .NET's '$' also matches before a final '\n', which let "evil\n" through. The classes are literal
    // ASCII ranges (no IgnoreCase, no \w or \d), so fullwidth letters and Cyrillic look-alikes never match.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
