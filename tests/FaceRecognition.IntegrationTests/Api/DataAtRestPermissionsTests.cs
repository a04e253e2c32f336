using System.Net;
using System.Net.Http.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Api;

/// <summary>The database (password hashes, face templates) and the logs are readable by the service's user only.</summary>
[TestFixture]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataAtRestPermissionsTests
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    // These tests look at the SQLite files, so they name the provider (the MariaDB pass of the suite would not make any).
    private static readonly Dictionary<string, string?> SqliteStorage = new() { ["Storage:Provider"] = "Sqlite" };

    [Test]
    public async Task ExistingWorldReadableDataFolder_AndItsFiles_BecomeOwnerOnly()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fr-perm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var leftover = Path.Combine(folder, "facerecognition.db-journal");
        await File.WriteAllTextAsync(leftover, string.Empty);
        File.SetUnixFileMode(leftover, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            await using var service = new TestService(SqliteStorage, dataDirectory: folder);
            await WriteSomethingAsync(service);
            AssertOwnerOnly(folder, service.LogDirectory);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task MissingDataAndLogFolders_AreCreatedOwnerOnly()
    {
        var root = Path.Combine(Path.GetTempPath(), "fr-perm-" + Guid.NewGuid().ToString("N"));
        var data = Path.Combine(root, "data");
        var logs = Path.Combine(root, "logs");
        try
        {
            await using var service = new TestService(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:SqlitePath"] = Path.Combine(data, "facerecognition.db"),
                ["Logging:Directory"] = logs,
            });
            await WriteSomethingAsync(service);
            AssertOwnerOnly(data, logs);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public async Task SharedDataFolder_IsLeftAsItIs_ButTheDatabaseFilesBecomeOwnerOnly()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fr-perm-" + Guid.NewGuid().ToString("N"));
        var shared = OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        Directory.CreateDirectory(folder, shared);
        var someoneElses = Path.Combine(folder, "other-service.conf");
        await File.WriteAllTextAsync(someoneElses, "x");
        File.SetUnixFileMode(someoneElses, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            await using var service = new TestService(SqliteStorage, dataDirectory: folder);
            await WriteSomethingAsync(service);
            Assert.Multiple(() =>
            {
                Assert.That(File.GetUnixFileMode(folder), Is.EqualTo(shared), "not ours to close");
                Assert.That(File.GetUnixFileMode(someoneElses), Is.EqualTo(OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead));
                foreach (var file in Directory.EnumerateFiles(folder, "facerecognition.db*"))
                {
                    Assert.That(File.GetUnixFileMode(file), Is.EqualTo(OwnerOnlyFile), file);
                }
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task WriteSomethingAsync(TestService service)
    {
        using var client = service.CreateApiClient();
        using var created = await client.PostAsJsonAsync(new Uri("/api/v1/galleries", UriKind.Relative), new { name = "perm" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
    }

    private static void AssertOwnerOnly(string dataFolder, string logFolder)
    {
        Assert.That(Directory.EnumerateFiles(dataFolder).Select(Path.GetFileName), Does.Contain("facerecognition.db").And.Contain("facerecognition.db-wal"));
        Assert.That(Directory.EnumerateFiles(logFolder), Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var folder in new[] { dataFolder, logFolder })
            {
                Assert.That(File.GetUnixFileMode(folder), Is.EqualTo(OwnerOnlyFolder), folder);
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    Assert.That(File.GetUnixFileMode(file), Is.EqualTo(OwnerOnlyFile), file);
                }
            }
        });
    }
}
