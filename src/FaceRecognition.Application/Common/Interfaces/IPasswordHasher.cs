namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>One-way password hashing with a per-hash salt and a work factor.</summary>
public interface IPasswordHasher
{
    /// <summary>
    /// A hash of a random password made with the current parameters when the process starts. Sign-in verifies
    /// against it when the username does not exist, so that case costs as much time as a wrong password.
    /// </summary>
    string DummyHash { get; }

    string Hash(string password);

    PasswordVerification Verify(string hash, string password);
}
