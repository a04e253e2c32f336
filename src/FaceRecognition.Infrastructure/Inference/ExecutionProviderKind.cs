namespace FaceRecognition.Infrastructure.Inference;

/// <summary>Where ONNX Runtime executes the models.</summary>
public enum ExecutionProviderKind
{
    Cpu,

    /// <summary>NVIDIA GPU; needs ORT's CUDA provider libraries beside libonnxruntime.so.1, else the engine falls back to CPU.</summary>
    Cuda,
}
