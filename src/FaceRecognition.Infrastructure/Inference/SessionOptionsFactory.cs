using System.Text;
using FaceRecognition.Infrastructure.Inference.Native;
using Microsoft.Extensions.Logging;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// Builds the one OrtSessionOptions all sessions are created from: threads, full graph optimisation and, when asked,
/// the CUDA provider. If CUDA cannot be appended (no provider libraries, no device) the same options object still
/// makes working CPU sessions (verified in docs/ort-c-api.md §6), so the fallback is simply "log and carry on".
/// </summary>
internal static unsafe class SessionOptionsFactory
{
    private const int SequentialExecution = 0;
    private const int EnableAllOptimizations = 99;

    public static (OrtSessionOptionsHandle Options, ExecutionProviderSelection Selection) Create(
        OrtApi api, InferenceOptions options, ILogger logger)
    {
        nint raw = 0;
        api.Check(api.CreateSessionOptions(&raw));
        var handle = new OrtSessionOptionsHandle(api, raw);
        try
        {
            api.Check(api.SetIntraOpNumThreads(raw, options.IntraOpThreads));
            api.Check(api.SetInterOpNumThreads(raw, 1));
            api.Check(api.SetSessionExecutionMode(raw, SequentialExecution));
            api.Check(api.SetSessionGraphOptimizationLevel(raw, EnableAllOptimizations));
            var selection = new ExecutionProviderSelection(ExecutionProviderKind.Cpu, null);
            if (options.ExecutionProvider == ExecutionProviderKind.Cuda)
            {
                selection = TryAppendCuda(api, raw, options.CudaDeviceId, logger);
            }

            return (handle, selection);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static ExecutionProviderSelection TryAppendCuda(OrtApi api, nint sessionOptions, int deviceId, ILogger logger)
    {
        try
        {
            nint cudaRaw = 0;
            api.Check(api.CreateCudaProviderOptions(&cudaRaw));
            using var cudaOptions = new OrtCudaProviderOptionsHandle(api, cudaRaw);
            var key = Encoding.UTF8.GetBytes("device_id\0");
            var value = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{deviceId}\0"));
            fixed (byte* keyPtr = key)
            fixed (byte* valuePtr = value)
            {
                var keys = keyPtr;
                var values = valuePtr;
                api.Check(api.UpdateCudaProviderOptions(cudaRaw, &keys, &values, 1));
            }

            api.Check(api.SessionOptionsAppendExecutionProviderCudaV2(sessionOptions, cudaRaw));
            logger.LogInformation("CUDA execution provider enabled on device {DeviceId}", deviceId);
            return new ExecutionProviderSelection(ExecutionProviderKind.Cuda, null);
        }
        catch (OnnxRuntimeException ex)
        {
            logger.LogWarning("CUDA execution provider unavailable ({OrtMessage}); running on CPU", ex.OrtMessage);
            return new ExecutionProviderSelection(ExecutionProviderKind.Cpu, ex.OrtMessage);
        }
    }
}
