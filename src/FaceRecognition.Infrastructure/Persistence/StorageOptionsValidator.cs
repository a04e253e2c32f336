using Microsoft.Extensions.Options;
using MySqlConnector;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Rejects a configuration that cannot work, naming the configuration key so the fix is obvious.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = StorageOptions.SectionName;
        if (options.MaxRetryCount is < 0 or > 20)
        {
            return ValidateOptionsResult.Fail($"{section}:MaxRetryCount must be between 0 and 20, got {options.MaxRetryCount}.");
        }

        switch (options.Provider)
        {
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.SqlitePath):
                return ValidateOptionsResult.Fail($"{section}:SqlitePath must name a file when {section}:Provider is Sqlite.");
            case StorageProvider.Sqlite when options.SqliteBusyTimeoutSeconds is < 1 or > 60:
                return ValidateOptionsResult.Fail($"{section}:SqliteBusyTimeoutSeconds must be between 1 and 60, got {options.SqliteBusyTimeoutSeconds}.");
            case StorageProvider.MySql when string.IsNullOrWhiteSpace(options.MySqlConnectionString):
                return ValidateOptionsResult.Fail($"{section}:MySqlConnectionString is required when {section}:Provider is MySql.");
            case StorageProvider.MySql when !IsParsableConnectionString(options.MySqlConnectionString!):
                return ValidateOptionsResult.Fail($"{section}:MySqlConnectionString is not a valid connection string.");
            case StorageProvider.MySql when !Microsoft.EntityFrameworkCore.ServerVersion.TryParse(options.MySqlServerVersion, out _):
                return ValidateOptionsResult.Fail($"{section}:MySqlServerVersion must look like 10.11.0-mariadb or 8.0.36-mysql, got '{options.MySqlServerVersion}'.");
            case StorageProvider.Sqlite or StorageProvider.MySql:
                return ValidateOptionsResult.Success;
            default:
                return ValidateOptionsResult.Fail($"{section}:Provider must be Sqlite or MySql, got {options.Provider}.");
        }
    }

    private static bool IsParsableConnectionString(string connectionString)
    {
        try
        {
            _ = new MySqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
