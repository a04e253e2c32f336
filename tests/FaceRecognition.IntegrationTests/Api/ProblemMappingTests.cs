using FaceRecognition.Api.Errors;
using FaceRecognition.Application.Common.Exceptions;

namespace FaceRecognition.IntegrationTests.Api;

/// <summary>The exception → problem table (pure logic).</summary>
[TestFixture]
public sealed class ProblemMappingTests
{
    [Test]
    public void UnexpectedException_Is500_WithoutDetailsOutsideDevelopment()
    {
        var problem = ProblemMapping.ToProblem(new InvalidOperationException("secret internals at line 42"), includeDetails: false);
        Assert.That(problem.Status, Is.EqualTo(500));
        Assert.That(problem.Detail, Does.Not.Contain("secret internals"));
    }

    [Test]
    public void UnexpectedException_ShowsDetails_InDevelopment()
    {
        var problem = ProblemMapping.ToProblem(new InvalidOperationException("secret internals"), includeDetails: true);
        Assert.That(problem.Detail, Does.Contain("secret internals"));
    }

    [TestCase(InvalidImageReason.Empty, 400)]
    [TestCase(InvalidImageReason.Corrupt, 400)]
    [TestCase(InvalidImageReason.UnsupportedFormat, 415)]
    [TestCase(InvalidImageReason.TooLarge, 413)]
    public void InvalidImage_MapsToTheStatusOfItsReason(InvalidImageReason reason, int status)
    {
        var problem = ProblemMapping.ToProblem(new InvalidImageException(reason, "x") { Field = "image" }, includeDetails: false);
        Assert.That(problem.Status, Is.EqualTo(status));
        Assert.That(problem.Extensions["field"], Is.EqualTo("image"));
    }

    [Test]
    public void DatabaseOutage_Is503_WithoutTheConnectorsMessage()
    {
        var problem = ProblemMapping.ToProblem(new StorageUnavailableException("MySql: Unable to connect to any of the specified MySQL hosts"), includeDetails: false);
        Assert.That(problem.Status, Is.EqualTo(503));
        Assert.That(problem.Detail, Does.Not.Contain("MySQL hosts"));
    }

    [Test]
    public void ChunkedBodyOverKestrelsLimit_Is413_NotAGeneric400()
    {
        var kestrel = new Microsoft.AspNetCore.Http.BadHttpRequestException("Request body too large.", 413);
        Assert.That(ProblemMapping.ToProblem(new FormReadException(kestrel), includeDetails: false).Status, Is.EqualTo(413));
        Assert.That(ProblemMapping.ToProblem(new FormReadException(new InvalidDataException("Multipart body length limit 8192 exceeded.")), includeDetails: false).Status, Is.EqualTo(413));
    }

    [Test]
    public void TooManyFormParts_Is400_SayingWhichLimit()
    {
        var problem = ProblemMapping.ToProblem(new FormReadException(new InvalidDataException("Form value count limit 128 exceeded.")), includeDetails: false);
        Assert.That(problem.Status, Is.EqualTo(400));
        Assert.That(problem.Detail, Does.Contain("Form value count limit 128 exceeded."));
    }

    [Test]
    public void SlowBody_Is408()
    {
        var timeout = new Microsoft.AspNetCore.Http.BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", 408);
        Assert.That(ProblemMapping.ToProblem(new FormReadException(timeout), includeDetails: false).Status, Is.EqualTo(408));
    }

    [Test]
    public void DatabaseBusy_Is503_SayingNothingWasChanged()
    {
        var problem = ProblemMapping.ToProblem(new StorageBusyException("The Sqlite database is busy with other writes."), includeDetails: false);
        Assert.That(problem.Status, Is.EqualTo(503));
        Assert.That(problem.Title, Is.EqualTo("Database busy."));
        Assert.That(problem.Detail, Does.Contain("Nothing was changed"));
    }
}
