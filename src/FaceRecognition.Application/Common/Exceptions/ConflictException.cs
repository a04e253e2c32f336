namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>The request would create something that already exists.</summary>
public sealed class ConflictException(string message) : Exception(message);
