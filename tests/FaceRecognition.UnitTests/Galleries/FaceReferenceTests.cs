using FaceRecognition.Application.Common.Models;

namespace FaceRecognition.UnitTests.Galleries;

[TestFixture]
public sealed class FaceReferenceTests
{
    [Test]
    public void TryParse_ReadsAFaceIdUuid()
    {
        var id = Guid.CreateVersion7();

        Assert.That(FaceReference.TryParse(id.ToString(), out var reference), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(reference.PublicId, Is.EqualTo(id));
            Assert.That(reference.LegacyId, Is.Null);
            Assert.That(reference.ToString(), Is.EqualTo(id.ToString()));
        });
    }

    [Test]
    public void TryParse_ReadsANumericIdOfRelease01()
    {
        Assert.That(FaceReference.TryParse("42", out var reference), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(reference.LegacyId, Is.EqualTo(42));
            Assert.That(reference.PublicId, Is.Null);
        });
    }

    [TestCase("")]
    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("+3")]
    [TestCase("1e3")]
    [TestCase("99999999999999999999")]
    [TestCase("not-a-face")]
    [TestCase("{6f9619ff-8b86-d011-b42d-00cf4fc964ff}")]
    [TestCase(null)]
    public void TryParse_RefusesAnythingElse(string? text)
    {
        Assert.That(FaceReference.TryParse(text, out _), Is.False);
    }
}
