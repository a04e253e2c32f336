using FaceRecognition.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceRecognition.IntegrationTests.Persistence;

public sealed class PersistenceRegistrationTests
{
    [Test]
    public void Options_FailNamingTheKey_WhenMySqlHasNoConnectionString()
    {
        using var services = Build(new() { ["Storage:Provider"] = "MySql" });

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.That(error!.Message, Does.Contain("Storage:MySqlConnectionString"));
    }

    [Test]
    public void Options_FailNamingTheKey_WhenTheProviderIsUnknown()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Oracle" });

        var error = Assert.Throws<InvalidOperationException>(() => _ = services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.That(error!.Message, Does.Contain("Storage:Provider"));
    }

    [TestCase("Storage:MySqlServerVersion", "latest")]
    [TestCase("Storage:MaxRetryCount", "-1")]
    public void Options_FailNamingTheKey_WhenAMySqlSettingIsInvalid(string key, string value)
    {
        using var services = Build(new() { ["Storage:Provider"] = "MySql", ["Storage:MySqlConnectionString"] = "Server=db;Database=x", [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.That(error!.Message, Does.Contain(key));
    }

    [Test]
    public void Options_FailNamingTheKey_WhenTheSqliteBusyTimeoutIsOutOfRange()
    {
        using var services = Build(new() { ["Storage:SqliteBusyTimeoutSeconds"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.That(error!.Message, Does.Contain("Storage:SqliteBusyTimeoutSeconds"));
    }

    [Test]
    public void Options_DefaultToSqliteInTheDataDirectory_WhenNothingIsConfigured()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.Provider, Is.EqualTo(StorageProvider.Sqlite));
            Assert.That(options.SqlitePath, Is.EqualTo("data/facerecognition.db"));
            Assert.That(options.ApplyMigrationsOnStartup, Is.True);
            Assert.That(options.MySqlServerVersion, Is.EqualTo("10.11.0-mariadb"));
        });
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddPersistence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
