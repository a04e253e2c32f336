namespace FaceRecognition.Infrastructure.Inference;

/// <summary>Configuration section <c>Inference</c>.</summary>
public sealed class InferenceOptions
{
    public const string SectionName = "Inference";

    /// <summary>
    /// Folder holding the .onnx files and <c>models.lock</c>. A relative path is tried against the current directory,
    /// then against each ancestor of the application's base directory.
    /// </summary>
    public string ModelDirectory { get; set; } = "models";

    /// <summary>auto (CUDA if usable, else CPU with a logged reason), cpu, or cuda (refuse to start without it).</summary>
    public ExecutionProviderKind ExecutionProvider { get; set; } = ExecutionProviderKind.Auto;

    /// <summary>The GPU the CUDA provider runs on.</summary>
    public int CudaDeviceId { get; set; }

    /// <summary>
    /// Threads ORT may use inside one model run. Default 1: the service handles requests in parallel, one per core,
    /// so intra-op threads would only compete with the other requests (and spin) instead of adding throughput; it
    /// also keeps latency predictable on a shared machine. Raise it only for a single-client, latency-bound setup.
    /// </summary>
    public int IntraOpThreads { get; set; } = 1;
}
