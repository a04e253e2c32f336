using System.Text;
using FaceRecognition.Infrastructure.Inference.Native;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// The process's ORT environment plus the CPU memory description every input tensor uses. ORT keeps one env per
/// process (a second CreateEnv returns the same, ref-counted object and ignores its log level), so the first
/// creation decides the logging: ERROR, because at WARNING fr_age.onnx alone prints about a hundred harmless
/// "initializer appears in graph inputs" lines at every start.
/// </summary>
internal sealed unsafe class OrtEnvironment : IDisposable
{
    private const int LogLevelError = 3;
    private const int ArenaAllocator = 1;
    private const int MemTypeDefault = 0;

    private OrtEnvironment(OrtApi api, OrtEnvHandle env, OrtMemoryInfoHandle cpuMemory, nint defaultAllocator)
    {
        Api = api;
        Env = env;
        CpuMemory = cpuMemory;
        DefaultAllocator = defaultAllocator;
    }

    public OrtApi Api { get; }

    public OrtEnvHandle Env { get; }

    public OrtMemoryInfoHandle CpuMemory { get; }

    /// <summary>ORT's static default allocator (used only to free strings ORT hands back); never released.</summary>
    public nint DefaultAllocator { get; }

    public static OrtEnvironment Create(OrtApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        nint env = 0;
        var logId = Encoding.UTF8.GetBytes("FaceRecognition\0");
        fixed (byte* logIdPtr = logId)
        {
            api.Check(api.CreateEnv(LogLevelError, logIdPtr, &env));
        }

        var envHandle = new OrtEnvHandle(api, env);
        try
        {
            nint memoryInfo = 0;
            api.Check(api.CreateCpuMemoryInfo(ArenaAllocator, MemTypeDefault, &memoryInfo));
            var memoryHandle = new OrtMemoryInfoHandle(api, memoryInfo);
            nint allocator = 0;
            api.Check(api.GetAllocatorWithDefaultOptions(&allocator));
            return new OrtEnvironment(api, envHandle, memoryHandle, allocator);
        }
        catch
        {
            envHandle.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        CpuMemory.Dispose();
        Env.Dispose();
    }
}
