using System.Net;
using System.Text.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Faces;

[TestFixture]
public sealed class AnalysisEndpointTests : ServiceFixture
{
    [Test]
    public async Task Detect_FindsEveryFaceInAGroupPhoto_WithFiveLandmarksInsideEachBox()
    {
        using var form = Multipart.Form(("image", await File.ReadAllBytesAsync(RepoPaths.Sample(5))));
        var result = await OkJsonAsync(await PostAsync("/api/v1/detect", form));
        var faces = result.GetProperty("faces").EnumerateArray().ToList();
        Assert.That(faces, Has.Count.EqualTo(5));
        foreach (var face in faces)
        {
            var box = face.GetProperty("box");
            var eye = face.GetProperty("landmarks").GetProperty("left_eye");
            Assert.That(eye.GetProperty("x").GetDouble(), Is.InRange(box.GetProperty("x").GetDouble(), box.GetProperty("x").GetDouble() + box.GetProperty("width").GetDouble()));
        }
    }

    [Test]
    public async Task Analyze_ReturnsEveryAttribute_WhenNoActionsAreGiven()
    {
        using var form = Multipart.Form(("image", SampleFacePhotos.All[0].Portrait()));
        var face = (await OkJsonAsync(await PostAsync("/api/v1/analyze", form))).GetProperty("faces")[0];
        Assert.That(face.GetProperty("emotion").GetProperty("scores").EnumerateObject().Count(), Is.EqualTo(7));
        Assert.That(face.GetProperty("age").GetDouble(), Is.InRange(1, 100));
        Assert.That(face.GetProperty("gender").GetProperty("value").GetString(), Is.AnyOf("female", "male"));
        Assert.That(face.GetProperty("pose").GetProperty("yaw").GetDouble(), Is.InRange(-99, 99));
        Assert.That(face.GetProperty("eyes").ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(face.GetProperty("liveness").GetProperty("score").GetDouble(), Is.InRange(0, 1));
    }

    [Test]
    public async Task Analyze_ComputesOnlyTheRequestedActions()
    {
        using var form = Multipart.Form(("image", SampleFacePhotos.All[0].Portrait()), ("actions", "age,pose"));
        var result = await OkJsonAsync(await PostAsync("/api/v1/analyze", form));
        var face = result.GetProperty("faces")[0];
        Assert.That(face.GetProperty("age").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(face.GetProperty("emotion").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(face.GetProperty("liveness").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task AntiSpoof_ReturnsAScoreAndTheThresholdItWasJudgedBy()
    {
        using var form = Multipart.Form(("image", SampleFacePhotos.All[0].Portrait()));
        var result = await OkJsonAsync(await PostAsync("/api/v1/anti-spoof", form));
        var score = result.GetProperty("score").GetDouble();
        var threshold = result.GetProperty("threshold").GetDouble();
        Assert.That(score, Is.InRange(0, 1));
        Assert.That(result.GetProperty("is_real").GetBoolean(), Is.EqualTo(score >= threshold));
    }

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
