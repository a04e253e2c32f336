using System.Net;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Galleries;

[TestFixture]
public sealed class EnrollmentLimitTests : ServiceFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Enrollment:MaxFacesPerSubject"] = "2",
        ["Enrollment:MaxImagesPerRequest"] = "2",
    };

    private static PersonPhoto Person => SampleFacePhotos.All[2];

    [Test]
    public async Task EnrollingPastMaxFacesPerSubject_IsAConflict_AndStoresNothing()
    {
        var api = new GalleryApi(Client);
        await api.EnrollAsync("limits", "carol", "Carol", Person.Portrait(), Person.OtherPhoto());

        using var form = Multipart.Form(("images", Person.Portrait()));
        using var response = await PostAsync("/api/v1/galleries/limits/subjects/carol/faces", form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("2 faces"));

        var subjects = await api.GetAsync("/api/v1/galleries/limits/subjects");
        Assert.That(subjects[0].GetProperty("face_count").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task MoreImagesThanMaxImagesPerRequest_IsAValidationProblem()
    {
        using var form = Multipart.Form(("images", Person.Portrait()), ("images", Person.Portrait()), ("images", Person.Portrait()));
        using var response = await PostAsync("/api/v1/galleries/limits/subjects/dave/faces", form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("images")[0].GetString(), Does.Contain("At most 2 images"));
    }

    [Test]
    public async Task EnrollWithTheWrongFieldName_NamesTheExpectedField()
    {
        using var form = Multipart.Form(("image", Person.Portrait()));
        using var response = await PostAsync("/api/v1/galleries/limits/subjects/erin/faces", form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("images")[0].GetString(), Does.Contain("'images'"));
    }
}
