using FaceRecognition.Application.Common.Interfaces;

namespace FaceRecognition.UnitTests.Accounts.Fakes;

/// <summary>The real hasher, plus a record of which hashes were verified.</summary>
internal sealed class RecordingPasswordHasher(IPasswordHasher inner) : IPasswordHasher
{
    public List<string> VerifiedHashes { get; } = [];

    public string DummyHash => inner.DummyHash;

    public string Hash(string password) => inner.Hash(password);

    public PasswordVerification Verify(string hash, string password)
    {
        VerifiedHashes.Add(hash);
        return inner.Verify(hash, password);
    }
}
