using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;

namespace FaceRecognition.UnitTests.Accounts;

public sealed class SignUpHandlerTests
{
    [Test]
    public async Task SignUp_StoresNormalisedAccountWithHashedPasswordAndFaceTemplate()
    {
        var harness = new AccountsHarness();

        var result = await harness.SignUpAsync("Bob.Smith", " Bob@Example.COM ", "s3cret password", person: 2);

        var account = harness.Store.Accounts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.TokenType, Is.EqualTo("bearer"));
            Assert.That(account.Username, Is.EqualTo("bob.smith"));
            Assert.That(account.Email, Is.EqualTo("bob@example.com"));
            Assert.That(account.PasswordHash, Does.Not.Contain("s3cret"));
            Assert.That(harness.Hasher.Verify(account.PasswordHash, "s3cret password"), Is.EqualTo(PasswordVerification.Success));
            Assert.That(account.ModelId, Is.EqualTo(harness.Engine.ModelId));
            Assert.That(account.FaceTemplate.Values[2], Is.EqualTo(1f));
        });
    }

    [TestCase("ALICE", "other@example.com", TestName = "SignUp_ThrowsConflict_WhenUsernameIsTakenInAnyCase")]
    [TestCase("other", "Alice@Example.com", TestName = "SignUp_ThrowsConflict_WhenEmailIsTakenInAnyCase")]
    public async Task SignUp_ThrowsConflict(string username, string email)
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("alice", "alice@example.com", "password 1", person: 1);

        var ex = Assert.ThrowsAsync<ConflictException>(() => harness.SignUpAsync(username, email, "password 2", person: 2));

        Assert.That(ex!.Message, Is.EqualTo("Username or email already registered."));
    }

    [Test]
    public void SignUp_ThrowsNoFaceDetected_WhenThePhotoShowsNobody()
    {
        var harness = new AccountsHarness();

        Assert.ThrowsAsync<NoFaceDetectedException>(() => harness.SignUpAsync("alice", "alice@example.com", "password 1", person: 0));

        Assert.That(harness.Store.Accounts, Is.Empty);
    }
}
