using System.Net;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Galleries;

/// <summary>What is acknowledged survives a restart; a database outage is a 503, and the service heals itself.</summary>
[TestFixture]
public sealed class GalleryDurabilityTests
{
    private static PersonPhoto Alice => SampleFacePhotos.All[1];

    [TestCaseSource(typeof(DatabaseTarget), nameof(DatabaseTarget.Providers))]
    public async Task AfterARestart_TheSameMatchesComeBack(string provider)
    {
        var settings = await DatabaseTarget.FreshAsync(provider);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "fr-restart-" + Guid.NewGuid().ToString("N"));
        string before;
        await using (var first = new TestService(settings, dataDirectory))
        {
            using var client = first.CreateApiClient();
            var api = new GalleryApi(client);
            await api.EnrollAsync("durable", "alice", "Alice", Alice.Portrait());
            before = (await api.MatchAsync("durable", Alice.OtherPhoto())).GetProperty("similarity").GetRawText();
        }

        try
        {
            await using var second = new TestService(settings, dataDirectory);
            using var client2 = second.CreateApiClient();
            var match = await new GalleryApi(client2).MatchAsync("durable", Alice.OtherPhoto());
            Assert.That(match.GetProperty("status").GetString(), Is.EqualTo("access_granted"));
            Assert.That(match.GetProperty("similarity").GetRawText(), Is.EqualTo(before));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Test]
    public async Task DatabaseStoppedMidTest_Gives503_AndTheServiceRecoversWhenItReturns()
    {
        await using var server = await MariaDbServer.StartNewAsync();
        await using var service = new TestService(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "MySql",
            ["Storage:MySqlConnectionString"] = server.ConnectionString,
        });
        using var client = service.CreateApiClient();
        var api = new GalleryApi(client);
        await api.EnrollAsync("outage", "alice", "Alice", Alice.Portrait());

        await server.StopAsync();
        var problem = await api.MatchAsync("outage", Alice.OtherPhoto(), HttpStatusCode.ServiceUnavailable);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("database"));
        using (var form = Multipart.Form(("name", "Bob"), ("images", SampleFacePhotos.All[2].Portrait())))
        using (var response = await client.PostAsync(new Uri("/api/v1/galleries/outage/subjects/bob/faces", UriKind.Relative), form))
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        }

        using (var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        }

        await server.StartAsync();
        var match = await api.MatchAsync("outage", Alice.OtherPhoto());
        Assert.That(match.GetProperty("status").GetString(), Is.EqualTo("access_granted"));
        var subjects = await api.GetAsync("/api/v1/galleries/outage/subjects");
        Assert.That(subjects.GetArrayLength(), Is.EqualTo(1), "the refused enrolment stored nothing");
    }

    [Test]
    public async Task DatabaseDownAtStartUp_ServiceStartsUnready_AndBecomesReadyWhenItReturns()
    {
        await using var server = await MariaDbServer.StartNewAsync();
        await server.StopAsync();
        await using var service = new TestService(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "MySql",
            ["Storage:MySqlConnectionString"] = server.ConnectionString,
        });
        using var client = service.CreateApiClient();
        var api = new GalleryApi(client);

        using (var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        }

        await api.MatchAsync("default", Alice.Portrait(), HttpStatusCode.ServiceUnavailable);

        await server.StartAsync();
        // Migrations and the index load retry in the background (back-off up to 30 s); poll, bounded.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        HttpStatusCode status;
        do
        {
            await Task.Delay(500);
            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            status = ready.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "ready once the database is back");
        await api.EnrollAsync("default", "alice", "Alice", Alice.Portrait());
        var match = await api.MatchAsync("default", Alice.OtherPhoto());
        Assert.That(match.GetProperty("status").GetString(), Is.EqualTo("access_granted"));
    }
}
