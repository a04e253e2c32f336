namespace FaceRecognition.Infrastructure.Inference;

/// <summary>Where ONNX Runtime executes the models (<c>Inference:ExecutionProvider</c>: auto, cpu or cuda).</summary>
public enum ExecutionProviderKind
{
    /// <summary>CUDA when it can be used, otherwise CPU, with one warning giving the reason CUDA could not be used.</summary>
    Auto,

    Cpu,

    /// <summary>NVIDIA GPU only: when CUDA cannot be used the service refuses to start and says why (docs/gpu.md).</summary>
    Cuda,
}
