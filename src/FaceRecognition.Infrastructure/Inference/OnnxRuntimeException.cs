namespace FaceRecognition.Infrastructure.Inference;

/// <summary>A call into ONNX Runtime returned a non-null status; carries ORT's own code and message.</summary>
public sealed class OnnxRuntimeException : Exception
{
    public OnnxRuntimeException(OrtErrorCode code, string ortMessage)
        : base($"ONNX Runtime error {code} ({(int)code}): {ortMessage}")
    {
        Code = code;
        OrtMessage = ortMessage;
    }

    public OnnxRuntimeException(OrtErrorCode code, string ortMessage, string context, Exception? inner = null)
        : base($"{context}: ONNX Runtime error {code} ({(int)code}): {ortMessage}", inner)
    {
        Code = code;
        OrtMessage = ortMessage;
    }

    public OrtErrorCode Code { get; }

    /// <summary>The message exactly as ORT produced it (trimmed of the trailing newline some messages carry).</summary>
    public string OrtMessage { get; }
}
