using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>Rejects an <see cref="InferenceOptions"/> that cannot work, at start-up rather than on the first request.</summary>
public sealed class InferenceOptionsValidator : IValidateOptions<InferenceOptions>
{
    public const int MaxIntraOpThreads = 256;

    public ValidateOptionsResult Validate(string? name, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ModelDirectory))
        {
            failures.Add("Inference:ModelDirectory must name the folder that holds the models.");
        }
        else if (ModelDirectoryResolver.TryResolve(options.ModelDirectory) is null)
        {
            failures.Add($"Inference:ModelDirectory '{options.ModelDirectory}' has no models.lock (looked in the current directory and above the application directory). Run deploy/bootstrap.sh.");
        }

        if (!Enum.IsDefined(options.ExecutionProvider))
        {
            failures.Add($"Inference:ExecutionProvider must be auto, cpu or cuda, not '{options.ExecutionProvider}'.");
        }

        if (options.CudaDeviceId < 0)
        {
            failures.Add($"Inference:CudaDeviceId must be 0 or more, not {options.CudaDeviceId}.");
        }

        if (options.IntraOpThreads is < 1 or > MaxIntraOpThreads)
        {
            failures.Add($"Inference:IntraOpThreads must be between 1 and {MaxIntraOpThreads}, not {options.IntraOpThreads}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
