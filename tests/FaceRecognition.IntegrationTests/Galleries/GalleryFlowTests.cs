using System.Net;
using System.Text.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Galleries;

/// <summary>Enrol, find, verify and forget people over HTTP, on SQLite and on MariaDB.</summary>
[TestFixtureSource(typeof(DatabaseTarget), nameof(DatabaseTarget.Providers))]
public sealed class GalleryFlowTests(string provider)
{
    private TestService _service = null!;
    private HttpClient _client = null!;
    private GalleryApi _api = null!;

    private static PersonPhoto Alice => SampleFacePhotos.All[0];

    private static PersonPhoto Stranger => SampleFacePhotos.All.First(p => p.Sample != Alice.Sample);

    [OneTimeSetUp]
    public async Task StartService()
    {
        _service = new TestService(await DatabaseTarget.FreshAsync(provider));
        _client = _service.CreateApiClient();
        _api = new GalleryApi(_client);
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Test]
    public async Task EnrollListMatchVerifyDelete_BehavesAsAClientExpects()
    {
        var enrolled = await _api.EnrollAsync("flow", "alice", "Alice", Alice.Portrait());
        Assert.That(enrolled.GetProperty("status").GetString(), Is.EqualTo("success"));
        Assert.That(enrolled.GetProperty("faces_stored").GetInt32(), Is.EqualTo(1));

        var galleries = await _api.GetAsync("/api/v1/galleries");
        var flow = galleries.EnumerateArray().Single(g => g.GetProperty("name").GetString() == "flow");
        Assert.That(flow.GetProperty("subject_count").GetInt32(), Is.EqualTo(1));
        Assert.That(flow.GetProperty("face_count").GetInt32(), Is.EqualTo(1));
        var subjects = await _api.GetAsync("/api/v1/galleries/flow/subjects");
        Assert.That(subjects[0].GetProperty("subject_id").GetString(), Is.EqualTo("alice"));
        Assert.That(subjects[0].GetProperty("name").GetString(), Is.EqualTo("Alice"));

        var match = await _api.MatchAsync("flow", Alice.OtherPhoto());
        Assert.That(match.GetProperty("status").GetString(), Is.EqualTo("access_granted"), match.ToString());
        Assert.That(match.GetProperty("subject_id").GetString(), Is.EqualTo("alice"));
        Assert.That(match.GetProperty("name").GetString(), Is.EqualTo("Alice"));

        var verify = await _api.VerifyAsync("flow", "alice", Alice.OtherPhoto());
        Assert.That(verify.GetProperty("verified").GetBoolean(), Is.True, verify.ToString());
        var wrongPerson = await _api.VerifyAsync("flow", "alice", Stranger.Portrait());
        Assert.That(wrongPerson.GetProperty("verified").GetBoolean(), Is.False, wrongPerson.ToString());

        var stranger = await _api.MatchAsync("flow", Stranger.Portrait());
        Assert.That(stranger.GetProperty("status").GetString(), Is.EqualTo("access_denied"), stranger.ToString());
        Assert.That(stranger.GetProperty("subject_id").ValueKind, Is.EqualTo(JsonValueKind.Null));

        await _api.DeleteAsync("/api/v1/galleries/flow/subjects/alice");
        var afterDelete = await _api.MatchAsync("flow", Alice.OtherPhoto());
        Assert.That(afterDelete.GetProperty("status").GetString(), Is.EqualTo("access_denied"));
        Assert.That(afterDelete.GetProperty("candidates").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Galleries_IsolateTheirPeople()
    {
        await _api.EnrollAsync("iso-a", "alice", "Alice", Alice.Portrait());
        await _api.CreateGalleryAsync("iso-b");
        var inOther = await _api.MatchAsync("iso-b", Alice.OtherPhoto());
        Assert.That(inOther.GetProperty("status").GetString(), Is.EqualTo("access_denied"));
        var inOwn = await _api.MatchAsync("iso-a", Alice.OtherPhoto());
        Assert.That(inOwn.GetProperty("status").GetString(), Is.EqualTo("access_granted"));
    }

    [Test]
    public async Task DefaultGallery_ExistsFromTheStart_AndDuplicateGalleryIsAConflict()
    {
        var galleries = await _api.GetAsync("/api/v1/galleries");
        Assert.That(galleries.EnumerateArray().Select(g => g.GetProperty("name").GetString()), Does.Contain("default"));
        await _api.CreateGalleryAsync("dup");
        await _api.CreateGalleryAsync("dup", HttpStatusCode.Conflict);
    }

    [Test]
    public async Task UnknownGalleryOrSubject_IsANotFoundProblem()
    {
        await _api.MatchAsync("no-such-gallery", Alice.Portrait(), HttpStatusCode.NotFound);
        await _api.VerifyAsync("default", "nobody", Alice.Portrait(), HttpStatusCode.NotFound);
        await _api.DeleteAsync("/api/v1/galleries/default/subjects/nobody", HttpStatusCode.NotFound);
        await _api.GetAsync("/api/v1/galleries/no-such-gallery/subjects", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task EnrollImagesWithoutFaces_AreRejectedIndividually_AndReported()
    {
        var blank = TestSupport.TestImageFiles.Jpeg(
            new Domain.Imaging.RgbImage(200, 200, Enumerable.Repeat((byte)90, 200 * 200 * 3).ToArray()), 90);
        var result = await _api.EnrollAsync("mixed", "bob", "Bob", Alice.Portrait(), blank);
        Assert.That(result.GetProperty("faces_stored").GetInt32(), Is.EqualTo(1));
        Assert.That(result.GetProperty("rejected")[0].GetProperty("image").GetString(), Is.EqualTo("images[1]"));
        Assert.That(result.GetProperty("rejected")[0].GetProperty("reason").GetString(), Does.Contain("No face"));
    }

    [Test]
    public async Task PeopleEnrolledFromOnePhoto_AreFoundFromAnother_AndStrangersAreDenied()
    {
        var people = SampleFacePhotos.All;
        var enrolled = people.Where((_, i) => i % 2 == 0).ToList();
        var strangers = people.Where((_, i) => i % 2 == 1).ToList();
        foreach (var person in enrolled)
        {
            await _api.EnrollAsync("samples", person.Id, person.Id, person.Portrait());
        }

        foreach (var person in enrolled)
        {
            var match = await _api.MatchAsync("samples", person.OtherPhoto());
            Assert.That(match.GetProperty("status").GetString(), Is.EqualTo("access_granted"), $"{person}: {match}");
            Assert.That(match.GetProperty("subject_id").GetString(), Is.EqualTo(person.Id));
        }

        foreach (var person in strangers)
        {
            var match = await _api.MatchAsync("samples", person.Portrait());
            Assert.That(match.GetProperty("status").GetString(), Is.EqualTo("access_denied"), $"{person}: {match}");
        }
    }

    [Test]
    public async Task FourWritersAndFourReaders_AtOnce_LoseNothing()
    {
        var people = SampleFacePhotos.All.Take(8).ToList();
        await _api.EnrollAsync("busy", "anchor", "Anchor", people[0].Portrait());

        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            foreach (var person in people.Skip(1 + w).Where((_, i) => i % 4 == 0))
            {
                await _api.EnrollAsync("busy", person.Id, person.Id, person.Portrait());
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                var match = await _api.MatchAsync("busy", people[0].OtherPhoto());
                Assert.That(match.GetProperty("subject_id").GetString(), Is.EqualTo("anchor"));
            }
        }));
        await Task.WhenAll(writers.Concat(readers));

        var subjects = await _api.GetAsync("/api/v1/galleries/busy/subjects");
        Assert.That(subjects.GetArrayLength(), Is.EqualTo(people.Count));
        foreach (var person in people.Skip(1))
        {
            var match = await _api.MatchAsync("busy", person.OtherPhoto());
            Assert.That(match.GetProperty("subject_id").GetString(), Is.EqualTo(person.Id), match.ToString());
        }
    }

    [Test]
    public async Task DeleteFace_RemovesOnlyThatFace()
    {
        var enrolled = await _api.EnrollAsync("faces", "alice", "Alice", Alice.Portrait(), Alice.OtherPhoto());
        var faceIds = enrolled.GetProperty("faces").EnumerateArray().Select(f => f.GetProperty("face_id").GetString()).ToList();
        Assert.That(faceIds, Has.All.Matches<string?>(id => Guid.TryParseExact(id, "D", out _)), "face_id is a UUID");
        Assert.That(faceIds, Is.Unique);
        var faceId = faceIds[0];
        await _api.DeleteAsync($"/api/v1/galleries/faces/subjects/alice/faces/{faceId}");
        await _api.DeleteAsync($"/api/v1/galleries/faces/subjects/alice/faces/{faceId}", HttpStatusCode.NotFound);
        await _api.DeleteAsync("/api/v1/galleries/faces/subjects/alice/faces/not-a-face-id", HttpStatusCode.BadRequest);
        var subjects = await _api.GetAsync("/api/v1/galleries/faces/subjects");
        Assert.That(subjects[0].GetProperty("face_count").GetInt32(), Is.EqualTo(1));
        var match = await _api.MatchAsync("faces", Alice.OtherPhoto());
        Assert.That(match.GetProperty("status").GetString(), Is.EqualTo("access_granted"));
    }

    [Test]
    public async Task DeleteGallery_RemovesItsPeople_AndDefaultIsEmptiedNotRemoved()
    {
        await _api.EnrollAsync("temporary", "alice", "Alice", Alice.Portrait());
        await _api.DeleteAsync("/api/v1/galleries/temporary");
        await _api.MatchAsync("temporary", Alice.Portrait(), HttpStatusCode.NotFound);

        await _api.EnrollAsync("default", "alice", "Alice", Alice.Portrait());
        await _api.DeleteAsync("/api/v1/galleries/default");
        var galleries = await _api.GetAsync("/api/v1/galleries");
        var defaultGallery = galleries.EnumerateArray().Single(g => g.GetProperty("name").GetString() == "default");
        Assert.That(defaultGallery.GetProperty("face_count").GetInt32(), Is.Zero);
        var match = await _api.MatchAsync("default", Alice.OtherPhoto());
        Assert.That(match.GetProperty("status").GetString(), Is.EqualTo("access_denied"));
    }
}
