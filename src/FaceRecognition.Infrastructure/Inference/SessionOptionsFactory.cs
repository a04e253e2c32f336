using Microsoft.ML.OnnxRuntime;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>The options every session is created from: threads, full graph optimisation and, when asked, CUDA.</summary>
internal static class SessionOptionsFactory
{
    public static SessionOptions Cpu(InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return sessionOptions;
    }

    /// <summary>
    /// CPU options with the CUDA provider appended (ORT falls back to CPU per node the provider cannot run). Throws
    /// <see cref="CudaUnavailableException"/> with the reason ORT logged when the provider cannot be loaded.
    /// </summary>
    public static SessionOptions Cuda(InferenceOptions options)
    {
        var sessionOptions = Cpu(options);
        try
        {
            CudaUnavailableException.Capture(() => sessionOptions.AppendExecutionProvider_CUDA(options.CudaDeviceId));
            return sessionOptions;
        }
        catch
        {
            sessionOptions.Dispose();
            throw;
        }
    }
}
