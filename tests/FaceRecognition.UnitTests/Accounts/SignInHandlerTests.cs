using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Accounts;

public sealed class SignInHandlerTests
{
    private const string Password = "correct horse 42";

    [Test]
    public async Task SignIn_ReturnsBearerToken_WhenPasswordAndFaceMatch()
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("alice", "alice@example.com", Password, person: 1);

        var result = await harness.SignInAsync("alice", Password, person: 1);

        Assert.Multiple(() =>
        {
            Assert.That(result.TokenType, Is.EqualTo("bearer"));
            Assert.That(result.ExpiresIn, Is.EqualTo(30 * 60));
            Assert.That(result.AccessToken.Split('.'), Has.Length.EqualTo(3));
        });
    }

    [Test]
    public async Task SignIn_FoldsUsernameToLowerCase()
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("Alice", "alice@example.com", Password, person: 1);

        Assert.That(await harness.SignInAsync("ALICE", Password, person: 1), Is.Not.Null);
    }

    [Test]
    public void SignIn_VerifiesTheDummyHashAndRunsTheFaceModels_WhenUserIsUnknown()
    {
        var harness = new AccountsHarness();

        Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.SignInAsync("nobody", Password, person: 1));

        Assert.Multiple(() =>
        {
            Assert.That(harness.Hasher.VerifiedHashes, Is.EqualTo(new[] { harness.Hasher.DummyHash }));
            Assert.That(harness.Engine.EmbedCalls, Is.EqualTo(1));
            Assert.That(harness.Engine.LivenessCalls, Is.EqualTo(1));
            Assert.That(harness.Store.FailureCount("nobody"), Is.EqualTo(1));
        });
    }

    [TestCase("nobody", Password, 1, true, TestName = "SignIn_FailsWithTheSameException_ForUnknownUser")]
    [TestCase("alice", "wrong password 1", 1, true, TestName = "SignIn_FailsWithTheSameException_ForWrongPassword")]
    [TestCase("alice", Password, 2, true, TestName = "SignIn_FailsWithTheSameException_ForAnotherPersonsFace")]
    [TestCase("alice", Password, 1, false, TestName = "SignIn_FailsWithTheSameException_ForSpoofedFace")]
    public async Task SignIn_FailsIndistinguishably(string username, string password, int person, bool live)
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("alice", "alice@example.com", Password, person: 1);
        var embedCallsBefore = harness.Engine.EmbedCalls;

        var ex = Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.SignInAsync(username, password, person, live));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("Invalid credentials."));
            Assert.That(harness.Hasher.VerifiedHashes, Has.Count.EqualTo(1));
            Assert.That(harness.Engine.EmbedCalls - embedCallsBefore, Is.EqualTo(1));
            Assert.That(harness.Store.FailureCount(username), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SignIn_AcceptsSpoofedFace_WhenLivenessIsNotRequired()
    {
        var harness = new AccountsHarness(requireLiveness: false);
        await harness.SignUpAsync("alice", "alice@example.com", Password, person: 1);

        var result = await harness.SignInAsync("alice", Password, person: 1, live: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.TokenType, Is.EqualTo("bearer"));
            Assert.That(harness.Engine.LivenessCalls, Is.Zero);
        });
    }

    [Test]
    public async Task SignIn_ThrowsAccountLockedWithRemainingTime_OnTheSixthAttemptAfterFiveFailures()
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("alice", "alice@example.com", Password, person: 1);
        for (var i = 0; i < 5; i++)
        {
            Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.SignInAsync("alice", "wrong password 1", person: 1));
            harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        // The fifth failure was one minute ago, so 14 of the 15 lockout minutes remain, even for the right credentials.
        var ex = Assert.ThrowsAsync<AccountLockedException>(() => harness.SignInAsync("alice", Password, person: 1));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromMinutes(14)));
            Assert.That(harness.Store.FailureCount("alice"), Is.EqualTo(5), "a refused attempt is not another failure");
        });
    }

    [Test]
    public void SignIn_LocksUnknownUsernamesLikeKnownOnes()
    {
        var harness = new AccountsHarness();
        for (var i = 0; i < 5; i++)
        {
            Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.SignInAsync("ghost", Password, person: 1));
        }

        var ex = Assert.ThrowsAsync<AccountLockedException>(() => harness.SignInAsync("ghost", Password, person: 1));

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromMinutes(15)));
    }

    [Test]
    public async Task SignIn_SucceedsAndClearsFailures_OnceTheLockHasEnded()
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("alice", "alice@example.com", Password, person: 1);
        for (var i = 0; i < 5; i++)
        {
            Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.SignInAsync("alice", "wrong password 1", person: 1));
        }

        harness.Time.Advance(TimeSpan.FromMinutes(15));
        var result = await harness.SignInAsync("alice", Password, person: 1);

        Assert.Multiple(() =>
        {
            Assert.That(result.TokenType, Is.EqualTo("bearer"));
            Assert.That(harness.Store.FailureCount("alice"), Is.Zero);
        });
    }

    [Test]
    public async Task SignIn_ClearsEarlierFailures_WhenItSucceeds()
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("alice", "alice@example.com", Password, person: 1);
        for (var i = 0; i < 4; i++)
        {
            Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.SignInAsync("alice", Password, person: 3));
        }

        await harness.SignInAsync("alice", Password, person: 1);

        Assert.That(harness.Store.FailureCount("alice"), Is.Zero);
    }

    [Test]
    public async Task SignIn_StoresAFreshHash_WhenTheStoredOneUsesTheOldFormat()
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("alice", "alice@example.com", Password, person: 1);
        var account = harness.Store.Accounts.Single();
        var legacy = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        await harness.Store.UpdatePasswordHashAsync(account.Id, legacy.HashPassword(new object(), Password), CancellationToken.None);

        await harness.SignInAsync("alice", Password, person: 1);

        var stored = harness.Store.Accounts.Single().PasswordHash;
        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(stored)[0], Is.EqualTo(0x01), "format marker of Identity v3 hashes");
            Assert.That(harness.Hasher.Verify(stored, Password), Is.EqualTo(PasswordVerification.Success));
        });
    }

    [Test]
    public async Task SignIn_RefusesAPhotoWithoutFace_BeforeLookingAtTheAccount()
    {
        var harness = new AccountsHarness();
        await harness.SignUpAsync("alice", "alice@example.com", Password, person: 1);

        var ex = Assert.ThrowsAsync<NoFaceDetectedException>(() => harness.SignInAsync("alice", Password, person: 0));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Field, Is.EqualTo("face"));
            Assert.That(harness.Hasher.VerifiedHashes, Is.Empty);
            Assert.That(harness.Store.FailureCount("alice"), Is.Zero);
        });
    }
}
