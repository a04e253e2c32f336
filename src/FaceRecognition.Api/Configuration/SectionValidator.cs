using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

/// <summary>
/// Data-annotation validation whose messages name the configuration key ("Recognition:MatchThreshold: …"),
/// so a bad value stops the service with a message saying exactly what to fix.
/// </summary>
public sealed class SectionValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r =>
            $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
