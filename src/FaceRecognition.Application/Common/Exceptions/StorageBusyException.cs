namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>
/// The database is reachable but another writer held its lock for longer than the configured wait; nothing was
/// changed and the call can be repeated (a 503 with Retry-After).
/// </summary>
public sealed class StorageBusyException(string message, Exception? inner = null) : Exception(message, inner);
