using System.Net;
using System.Text.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Faces;

[TestFixture]
public sealed class CompareEndpointTests : ServiceFixture
{
    private static IEnumerable<PersonPhoto> People => SampleFacePhotos.All;

    [TestCaseSource(nameof(People))]
    public async Task Compare_ReportsIdentical_ForTwoPhotosOfTheSamePerson(PersonPhoto person)
    {
        var result = await CompareAsync(person.Portrait(), person.OtherPhoto());
        Assert.That(result.GetProperty("identical").GetBoolean(), Is.True, result.ToString());
        Assert.That(result.GetProperty("similarity").GetDouble(), Is.GreaterThanOrEqualTo(result.GetProperty("threshold").GetDouble()));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    public async Task Compare_ReportsNotIdentical_ForTwoDifferentPeople(int sample)
    {
        var (a, b) = SampleFacePhotos.TwoStrangers(sample);
        var result = await CompareAsync(a.Portrait(), b.Portrait());
        Assert.That(result.GetProperty("identical").GetBoolean(), Is.False, result.ToString());
        Assert.That(result.GetProperty("similarity").GetDouble(), Is.LessThan(result.GetProperty("threshold").GetDouble()));
    }

    [Test]
    public async Task Compare_UsesTheLargestFace_AndReportsHowManyWereFound()
    {
        var group = await File.ReadAllBytesAsync(RepoPaths.Sample(4));
        var result = await CompareAsync(group, group);
        Assert.That(result.GetProperty("identical").GetBoolean(), Is.True);
        Assert.That(result.GetProperty("reference_face").GetProperty("faces_found").GetInt32(), Is.GreaterThan(1));
    }

    [Test]
    public async Task ParallelCompares_ReturnTheSameResults_AsSequentialOnes()
    {
        var pairs = People.Take(8).Select((p, i) => (p.Portrait(), i % 2 == 0 ? p.OtherPhoto() : People.ElementAt((i + 3) % People.Count()).Portrait())).ToList();

        var sequential = new List<string>();
        foreach (var (a, b) in pairs)
        {
            sequential.Add(Summary(await CompareAsync(a, b)));
        }

        var parallel = await Task.WhenAll(pairs.Select(async pair => Summary(await CompareAsync(pair.Item1, pair.Item2))));
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    private static string Summary(JsonElement r) =>
        $"{r.GetProperty("identical").GetBoolean()} {r.GetProperty("similarity").GetDouble():0.0000}";

    private async Task<JsonElement> CompareAsync(byte[] reference, byte[] live)
    {
        using var form = Multipart.Form(("reference_image", reference), ("live_image", live));
        using var response = await PostAsync("/api/v1/compare", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
