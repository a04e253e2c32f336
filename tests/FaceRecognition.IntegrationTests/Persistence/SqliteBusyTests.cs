using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Domain.Galleries;
using Microsoft.Data.Sqlite;

namespace FaceRecognition.IntegrationTests.Persistence;

/// <summary>A writer that holds SQLite's lock longer than Storage:SqliteBusyTimeoutSeconds costs others a 503, not a 30 s stall.</summary>
public sealed class SqliteBusyTests
{
    [Test]
    public async Task Writes_FailAsBusyAfterTheBusyTimeout_WhileAnotherProcessHoldsTheWriteLock()
    {
        var directory = Directory.CreateTempSubdirectory("fr-busy-").FullName;
        try
        {
            var path = Path.Combine(directory, "facerecognition.db");
            var settings = PersistenceHarness.SqliteSettings(path);
            settings["Storage:SqliteBusyTimeoutSeconds"] = "1";
            await using var harness = await PersistenceHarness.CreateAsync(settings, null, migrate: true);
            var gallery = (await harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None))!;

            await using var other = new SqliteConnection($"Data Source={path};Pooling=false");
            await other.OpenAsync();
            await using var lockHolder = other.BeginTransaction(deferred: false);
            var started = DateTime.UtcNow;
            var busy = Assert.ThrowsAsync<StorageBusyException>(() => harness.Galleries.UpsertSubjectAsync(gallery.Id, "s", "S", CancellationToken.None));
            var waited = DateTime.UtcNow - started;
            var readWhileLocked = await harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None);
            await lockHolder.RollbackAsync();
            var afterRelease = await harness.Galleries.UpsertSubjectAsync(gallery.Id, "s", "S", CancellationToken.None);

            Assert.Multiple(() =>
            {
                Assert.That(busy!.Message, Does.Contain("busy"));
                Assert.That(waited, Is.LessThan(TimeSpan.FromSeconds(15)), "bounded by the busy timeout, not SQLite's old 30 s");
                Assert.That(readWhileLocked, Is.EqualTo(gallery), "readers are not blocked (WAL)");
                Assert.That(afterRelease.ExternalId, Is.EqualTo("s"));
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
