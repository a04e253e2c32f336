namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>The service is still starting (for example the search index is loading); retry shortly.</summary>
public sealed class ServiceNotReadyException(string message) : Exception(message);
