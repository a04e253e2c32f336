using FaceRecognition.Application.Accounts.Commands.SignUp;
using FaceRecognition.Application.Common.Models;

namespace FaceRecognition.UnitTests.Accounts;

public sealed class SignUpValidatorTests
{
    private static readonly ImageUpload Face = new("face", [1, 2, 3]);

    private static readonly string[] EveryPasswordRule =
    [
        "The password must be 8 to 128 characters long.",
        "The password must contain at least one letter.",
        "The password must contain at least one digit.",
    ];

    private static string[] One(string message) => [message];

    private static Dictionary<string, string[]> Errors(string? username = "alice", string? email = "alice@example.com", string? password = "password1", ImageUpload? face = null)
    {
        var result = new SignUpValidator().Validate(new SignUpCommand(username, email, password, face ?? Face));
        return result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
    }

    [Test]
    public void Validate_AcceptsAWellFormedRequest() => Assert.That(Errors(), Is.Empty);

    [TestCase("abc")]
    [TestCase("john.doe_99-x")]
    [TestCase("MixedCase")]
    [TestCase("abcdefghijklmnopqrstuvwxyz012345")]
    public void Validate_AcceptsUsername_OfThreeToThirtyTwoAllowedCharacters(string username) =>
        Assert.That(Errors(username: username), Is.Empty);

    [TestCase("ab")]
    [TestCase("abcdefghijklmnopqrstuvwxyz0123456")]
    [TestCase("john doe")]
    [TestCase("jörg")]
    [TestCase("a@b.c")]
    [TestCase("\u212Aelvin")]
    [TestCase("alice\n")]
    [TestCase("alice\u0000")]
    [TestCase("аlice")]
    [TestCase("ａｌｉｃｅ")]
    public void Validate_RejectsUsername_WithWrongLengthOrCharacters(string username) =>
        Assert.That(Errors(username: username)["username"], Is.EqualTo(One("The username must be 3 to 32 characters from a-z, 0-9, '.', '_' and '-'.")));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_SaysUsernameIsRequired_WhenMissing(string? username) =>
        Assert.That(Errors(username: username)["username"], Is.EqualTo(One("The 'username' field is required.")));

    [TestCase("plainaddress")]
    [TestCase("a@b")]
    [TestCase("a b@example.com")]
    [TestCase("Alice <alice@example.com>")]
    [TestCase("alice@@example.com")]
    [TestCase("alice@example..com")]
    [TestCase("alice@example.com\n")]
    [TestCase("al\u0000ice@example.com")]
    [TestCase("alice\u202E@example.com")]
    public void Validate_RejectsEmail_ThatIsNotABareAddress(string email) =>
        Assert.That(Errors(email: email)["email"], Is.EqualTo(One("The email address is not valid: expected the form name@example.com.")));

    [Test]
    public void Validate_RejectsEmail_LongerThan254Characters() =>
        Assert.That(Errors(email: new string('a', 250) + "@x.io")["email"], Does.Contain("The email address must be at most 254 characters."));

    [TestCase("short1", "The password must be 8 to 128 characters long.")]
    [TestCase("onlyletters", "The password must contain at least one digit.")]
    [TestCase("1234567890", "The password must contain at least one letter.")]
    public void Validate_ExplainsThePasswordPolicy(string password, string message) =>
        Assert.That(Errors(password: password)["password"], Is.EqualTo(new[] { message }));

    [Test]
    public void Validate_ReportsEveryBrokenPasswordRuleAtOnce() =>
        Assert.That(Errors(password: "!!!")["password"], Is.EquivalentTo(EveryPasswordRule));

    [Test]
    public void Validate_RejectsPassword_LongerThan128Characters() =>
        Assert.That(Errors(password: "a1" + new string('x', 127))["password"], Is.EqualTo(One("The password must be 8 to 128 characters long.")));

    [Test]
    public void Validate_AcceptsPassword_OfExactly128Characters() =>
        Assert.That(Errors(password: "a1" + new string('x', 126)), Is.Empty);

    [Test]
    public void Validate_RequiresANonEmptyFace() =>
        Assert.That(Errors(face: new ImageUpload("face", []))["face"], Is.EqualTo(One("The 'face' file is empty (0 bytes). Send a JPEG, PNG, WebP, BMP, GIF or TIFF photo.")));
}
