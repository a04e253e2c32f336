using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Domain.Galleries;

namespace FaceRecognition.IntegrationTests.Persistence;

public sealed class SqliteFailureTests
{
    [Test]
    public async Task Stores_ThrowStorageUnavailable_WhenTheDatabaseFileCannotBeCreated()
    {
        var directory = Directory.CreateTempSubdirectory("fr-sqlite-bad-").FullName;
        try
        {
            // A regular file where the database's directory should be: no user, not even root, can create it.
            var blocker = Path.Combine(directory, "not-a-directory");
            await File.WriteAllTextAsync(blocker, "x");
            var settings = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:SqlitePath"] = Path.Combine(blocker, "facerecognition.db"),
            };
            await using var harness = await PersistenceHarness.CreateAsync(settings, null, migrate: false);

            var migrate = Assert.ThrowsAsync<StorageUnavailableException>(() => harness.Migrator.MigrateAsync(CancellationToken.None));
            var find = Assert.ThrowsAsync<StorageUnavailableException>(() => harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None));
            var health = await harness.CheckDatabaseAsync();

            Assert.Multiple(() =>
            {
                Assert.That(migrate!.Message, Does.Contain("Sqlite"));
                Assert.That(find, Is.Not.Null);
                Assert.That(health.Status, Is.EqualTo(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy));
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task SqlitePath_CreatesMissingDirectories()
    {
        await using var harness = await PersistenceHarness.CreateAsync(Infrastructure.Persistence.StorageProvider.Sqlite);

        Assert.That((await harness.CheckDatabaseAsync()).Status, Is.EqualTo(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy));
    }
}
