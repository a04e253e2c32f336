namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>The named gallery, subject or face does not exist.</summary>
public sealed class NotFoundException(string message) : Exception(message);
