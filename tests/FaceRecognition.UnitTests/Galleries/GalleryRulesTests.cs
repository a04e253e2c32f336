using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Galleries.Commands.CreateGallery;
using FaceRecognition.Application.Galleries.Commands.DeleteSubject;
using FaceRecognition.Application.Galleries.Commands.EnrollFaces;
using FaceRecognition.Application.Galleries.Common;
using FaceRecognition.Application.Common.Options;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Galleries;

/// <summary>Gallery names and subject ids are plain ASCII; display names are any script but nothing invisible.</summary>
public sealed class GalleryRulesTests
{
    public static IEnumerable<TestCaseData> HostileNames()
    {
        yield return new TestCaseData("evil\n").SetName("TrailingNewline");
        yield return new TestCaseData("evil\r\n").SetName("TrailingCrLf");
        yield return new TestCaseData("\nevil").SetName("LeadingNewline");
        yield return new TestCaseData(".").SetName("Dot");
        yield return new TestCaseData("..").SetName("DotDot");
        yield return new TestCaseData("%2e%2e").SetName("EncodedDotDot");
        yield return new TestCaseData("a\0b").SetName("Nul");
        yield return new TestCaseData("ｅｖｉｌ").SetName("FullwidthLetters");
        yield return new TestCaseData("еvil").SetName("CyrillicIe");
        yield return new TestCaseData("dеfault").SetName("CyrillicLookAlikeOfDefault");
        yield return new TestCaseData("\u212Aelvin").SetName("KelvinSign");
        yield return new TestCaseData("evil\u200B").SetName("ZeroWidthSpace");
        yield return new TestCaseData("evil\u202E").SetName("BidiOverride");
        yield return new TestCaseData("x'; DROP TABLE galleries;--").SetName("SqlInjection");
        yield return new TestCaseData("a/b").SetName("Slash");
        yield return new TestCaseData(new string('a', 65)).SetName("SixtyFiveCharacters");
        yield return new TestCaseData(new string('a', 10_000)).SetName("TenThousandCharacters");
        yield return new TestCaseData("-leading-dash").SetName("LeadingDash");
    }

    [TestCaseSource(nameof(HostileNames))]
    public void IsValidName_RefusesHostileNames(string name) => Assert.That(GalleryRules.IsValidName(name), Is.False);

    [TestCase("default")]
    [TestCase("a")]
    [TestCase("Team-A.2026_v1")]
    [TestCase("0123456789012345678901234567890123456789012345678901234567890123")]
    public void IsValidName_AcceptsAsciiNamesUpTo64Characters(string name) => Assert.That(GalleryRules.IsValidName(name), Is.True);

    [TestCaseSource(nameof(HostileNames))]
    public void CreateGalleryValidator_RefusesHostileNames(string name)
    {
        var result = new CreateGalleryValidator().Validate(new CreateGalleryCommand(name));
        Assert.That(result.Errors.Select(e => e.PropertyName), Does.Contain("name"));
    }

    [TestCaseSource(nameof(HostileNames))]
    public void DeleteSubjectValidator_RefusesHostileSubjectIds(string subjectId)
    {
        var result = new DeleteSubjectValidator().Validate(new DeleteSubjectCommand("default", subjectId));
        Assert.That(result.Errors.Select(e => e.PropertyName).Distinct().Single(), Is.EqualTo("subjectId"));
    }

    [TestCase("Alice\nBob")]
    [TestCase("Alice\r")]
    [TestCase("Alice\u202Eecila")]
    [TestCase("Ali\u200Dce")]
    [TestCase("Alice\u2028")]
    [TestCase("Alice\U000E0041")]
    public void EnrollValidator_RefusesDisplayNamesWithControlOrInvisibleCharacters(string name)
    {
        var errors = EnrollErrors(name);
        Assert.That(errors, Does.ContainKey("name"));
        Assert.That(errors["name"][0], Does.Contain("control characters"));
    }

    [Test]
    public void EnrollValidator_RefusesDisplayNameWithHalfASurrogatePair()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate (it is stored as UTF-8).
        var name = "Alice" + (char)0xD800;
        Assert.That(EnrollErrors(name), Does.ContainKey("name"));
    }

    [TestCase("José Núñez")]
    [TestCase("Дмитрий")]
    [TestCase("李小龍")]
    [TestCase("Zoë 😀")]
    public void EnrollValidator_AcceptsDisplayNamesInAnyScript(string name) => Assert.That(EnrollErrors(name), Is.Empty);

    private static Dictionary<string, string[]> EnrollErrors(string name)
    {
        var validator = new EnrollFacesValidator(Options.Create(new EnrollmentOptions()));
        var result = validator.Validate(new EnrollFacesCommand("default", "alice", name, [new ImageUpload("images[0]", [1, 2, 3])]));
        return result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
    }
}
