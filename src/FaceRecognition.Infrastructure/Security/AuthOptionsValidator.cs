using System.Text;
using FaceRecognition.Application.Common.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Security;

/// <summary>
/// Startup checks of section <c>Auth</c> that data annotations cannot express. Outside Development a missing key or
/// the sample key from appsettings.Development.json stops the service: anyone who has read the repository could
/// otherwise sign tokens for any account.
/// </summary>
public sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public const int MinimumKeyBytes = 32;

    private const string KeyName = $"{AuthOptions.SectionName}:{nameof(AuthOptions.SigningKey)}";

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add($"{KeyName} is missing. Set it to a random secret of at least {MinimumKeyBytes} bytes "
                + "(environment variable Auth__SigningKey; ./run.sh generates one into data/).");
        }
        else
        {
            if (Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
            {
                failures.Add($"{KeyName} is too short: HS256 needs at least {MinimumKeyBytes} bytes.");
            }

            if (!environment.IsDevelopment()
                && options.SigningKey.StartsWith(AuthOptions.SampleKeyPrefix, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{KeyName} is the published sample key, accepted only in Development. "
                    + $"Set a random secret of your own (environment '{environment.EnvironmentName}').");
            }
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add($"{AuthOptions.SectionName}:{nameof(AuthOptions.Issuer)} must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add($"{AuthOptions.SectionName}:{nameof(AuthOptions.Audience)} must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
