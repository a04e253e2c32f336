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

    [Test]
    public void Options_DefaultToSqliteInTheDataDirectory_WhenNothingIsConfigured()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.Provider, Is.EqualTo(StorageProvider.Sqlite));
            Assert.That(options.SqlitePath, Is.EqualTo("data/facerecognition.db"));
        });
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddPersistence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
