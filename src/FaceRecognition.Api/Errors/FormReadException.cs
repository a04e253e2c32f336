namespace FaceRecognition.Api.Errors;

/// <summary>The request's form body could not be read; the inner exception says why (size limit, framing, timeout).</summary>
public sealed class FormReadException(Exception inner) : Exception("The request form could not be read.", inner);
