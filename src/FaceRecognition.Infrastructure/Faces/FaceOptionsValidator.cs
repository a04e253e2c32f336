using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Faces;

public sealed class FaceOptionsValidator : IValidateOptions<FaceOptions>
{
    public ValidateOptionsResult Validate(string? name, FaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!(options.MinDetectionScore is > 0 and < 1))
        {
            failures.Add($"Faces:MinDetectionScore must be between 0 and 1 (exclusive), not {options.MinDetectionScore}.");
        }

        if (options.MinFaceSize < 1)
        {
            failures.Add($"Faces:MinFaceSize must be at least 1 pixel, not {options.MinFaceSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
