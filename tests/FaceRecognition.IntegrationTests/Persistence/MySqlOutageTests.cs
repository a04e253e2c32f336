using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Domain.Galleries;
using FaceRecognition.Infrastructure.Persistence.Schema;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaceRecognition.IntegrationTests.Persistence;

/// <summary>The database goes away and comes back; these tests own their server because they stop it.</summary>
[NonParallelizable]
public sealed class MySqlOutageTests
{
    private MariaDbServer _server = null!;

    [OneTimeSetUp]
    public async Task StartPrivateServerAsync() => _server = await MariaDbServer.StartNewAsync();

    [OneTimeTearDown]
    public async Task RemovePrivateServerAsync() => await _server.DisposeAsync();

    [SetUp]
    public Task EnsureServerRunsAsync() => _server.StartAsync();

    [Test]
    public async Task Stores_ThrowStorageUnavailableNamingTheProvider_WhileStopped_AndRecoverAfterRestart()
    {
        var connectionString = await _server.CreateDatabaseAsync("outage_" + Guid.NewGuid().ToString("N"));
        await using var harness = await PersistenceHarness.CreateAsync(PersistenceHarness.MySqlSettings(connectionString), null, migrate: true);
        var gallery = (await harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None))!;

        await _server.StopAsync();
        var whileDown = Assert.ThrowsAsync<StorageUnavailableException>(() => harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None));
        var accountsDown = Assert.ThrowsAsync<StorageUnavailableException>(() => harness.Accounts.IsTokenRevokedAsync("t", CancellationToken.None));
        var healthWhileDown = await harness.CheckDatabaseAsync();

        await _server.StartAsync();
        var afterRestart = await harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None);
        var healthAfterRestart = await harness.CheckDatabaseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(whileDown!.Message, Does.Contain("MySql"));
            Assert.That(whileDown.Message, Does.Not.Contain(_server.Password));
            Assert.That(accountsDown, Is.Not.Null);
            Assert.That(healthWhileDown.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(healthWhileDown.Description, Is.EqualTo("MySql cannot be reached"));
            Assert.That(afterRestart, Is.EqualTo(gallery));
            Assert.That(healthAfterRestart.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(healthAfterRestart.Description, Is.EqualTo("MySql"));
        });
    }

    [Test]
    public async Task Stores_WorkOnTheFirstCall_WhenTheServerRestartedWhileIdle()
    {
        var connectionString = await _server.CreateDatabaseAsync("idle_" + Guid.NewGuid().ToString("N"));
        await using var harness = await PersistenceHarness.CreateAsync(PersistenceHarness.MySqlSettings(connectionString), null, migrate: true);
        var before = await harness.Galleries.ListGalleriesAsync(CancellationToken.None);

        // Pooled connections now point at a server process that no longer exists.
        await _server.StopAsync();
        await _server.StartAsync();
        var after = await harness.Galleries.ListGalleriesAsync(CancellationToken.None);

        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public async Task HostedMigration_KeepsTheServiceUpAndUnhealthy_UntilTheDatabaseArrives()
    {
        var connectionString = await _server.CreateDatabaseAsync("late_" + Guid.NewGuid().ToString("N"));
        await _server.StopAsync();
        await using var harness = await PersistenceHarness.CreateAsync(PersistenceHarness.MySqlSettings(connectionString), null, migrate: false);
        var hosted = harness.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "DatabaseMigrationHostedService");

        await hosted.StartAsync(CancellationToken.None);
        var healthWhileDown = await harness.CheckDatabaseAsync();
        await _server.StartAsync();
        var healthy = false;
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60) && !healthy; waited += TimeSpan.FromMilliseconds(250))
        {
            await Task.Delay(250);
            healthy = (await harness.CheckDatabaseAsync()).Status == HealthStatus.Healthy;
        }

        await hosted.StopAsync(CancellationToken.None);
        var defaultGallery = await harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(healthWhileDown.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(healthy, Is.True, "the background retry migrated once the server was back");
            Assert.That(harness.Services.GetRequiredService<DatabaseMigrator>().IsUpToDate, Is.True);
            Assert.That(defaultGallery, Is.Not.Null);
        });
    }
}
