using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Security;

public sealed class IdentityPasswordHasherTests
{
    private readonly IdentityPasswordHasher _hasher = new();

    [Test]
    public void Verify_Succeeds_ForThePasswordThatWasHashed()
    {
        var hash = _hasher.Hash("correct horse 42");

        Assert.Multiple(() =>
        {
            Assert.That(_hasher.Verify(hash, "correct horse 42"), Is.EqualTo(PasswordVerification.Success));
            Assert.That(_hasher.Verify(hash, "correct horse 43"), Is.EqualTo(PasswordVerification.Failed));
        });
    }

    [Test]
    public void Hash_IsSaltedSoTheSamePasswordHashesDifferently()
    {
        var first = _hasher.Hash("correct horse 42");
        var second = _hasher.Hash("correct horse 42");

        Assert.That(second, Is.Not.EqualTo(first));
    }

    [Test]
    public void Verify_AsksForRehash_WhenTheHashUsesTheOldFormat()
    {
        var legacy = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));

        Assert.That(_hasher.Verify(legacy.HashPassword(new object(), "pw12345678"), "pw12345678"), Is.EqualTo(PasswordVerification.SuccessRehashNeeded));
    }

    [Test]
    public void Verify_Fails_WhenTheStoredHashIsNotBase64() =>
        Assert.That(_hasher.Verify("not base64 at all!", "pw12345678"), Is.EqualTo(PasswordVerification.Failed));

    [Test]
    public void DummyHash_UsesTheSameAlgorithmAndIterationCountAsRealHashes()
    {
        // Format v3 header: marker (1 byte), PRF (4), iteration count (4), salt length (4). Equal headers mean equal work.
        var dummyHash = _hasher.DummyHash;
        var dummy = Convert.FromBase64String(dummyHash);
        var real = Convert.FromBase64String(_hasher.Hash("correct horse 42"));

        Assert.Multiple(() =>
        {
            Assert.That(dummy[..13], Is.EqualTo(real[..13]));
            Assert.That(dummy, Has.Length.EqualTo(real.Length));
            Assert.That(_hasher.DummyHash, Is.SameAs(dummyHash), "made once per hasher");
            Assert.That(_hasher.Verify(_hasher.DummyHash, "correct horse 42"), Is.EqualTo(PasswordVerification.Failed));
        });
    }
}
