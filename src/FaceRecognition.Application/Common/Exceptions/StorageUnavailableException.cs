namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>The database cannot be reached; the request may succeed when it is back.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
