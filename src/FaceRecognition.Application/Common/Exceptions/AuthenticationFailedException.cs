namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>
/// Sign-in failed. Deliberately carries no reason the client can see, so that an unknown user, a wrong password and
/// a face that does not match are indistinguishable.
/// </summary>
public sealed class AuthenticationFailedException() : Exception("Invalid credentials.");
