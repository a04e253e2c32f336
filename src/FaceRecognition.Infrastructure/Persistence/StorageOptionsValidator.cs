using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Rejects a configuration that cannot work, naming the configuration key so the fix is obvious.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = StorageOptions.SectionName;
        switch (options.Provider)
        {
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.SqlitePath):
                return ValidateOptionsResult.Fail($"{section}:SqlitePath must name a file when {section}:Provider is Sqlite.");
            case StorageProvider.MySql when string.IsNullOrWhiteSpace(options.MySqlConnectionString):
                return ValidateOptionsResult.Fail($"{section}:MySqlConnectionString is required when {section}:Provider is MySql.");
            case StorageProvider.MySql when !IsParsableMySqlConnectionString(options.MySqlConnectionString!):
                return ValidateOptionsResult.Fail($"{section}:MySqlConnectionString is not a valid connection string.");
            case StorageProvider.Sqlite or StorageProvider.MySql:
                return ValidateOptionsResult.Success;
            default:
                return ValidateOptionsResult.Fail($"{section}:Provider must be Sqlite or MySql, got {options.Provider}.");
        }
    }

    private static bool IsParsableMySqlConnectionString(string connectionString)
    {
        try
        {
            _ = new MySql.Data.MySqlClient.MySqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
