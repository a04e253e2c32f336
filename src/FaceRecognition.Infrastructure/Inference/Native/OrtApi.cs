using System.Runtime.InteropServices;

namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>
/// The slots of ONNX Runtime's <c>OrtApi</c> function table that this service uses. The table is append-only, so a
/// slot number (offset / pointer size) is stable across releases; the numbers are those verified against ORT 1.30.0
/// in docs/ort-c-api.md. Only <c>OrtGetApiBase</c> is exported by name; everything else is read from the table.
/// </summary>
internal sealed unsafe class OrtApi
{
    /// <summary>ORT 1.x serves API version x; 30 is the newest this runtime (1.30.0) accepts, 12 the oldest with every slot below.</summary>
    public const uint ApiVersion = 30;

    private OrtApi(nint* table, string version)
    {
        RuntimeVersion = version;
        GetErrorCode = (delegate* unmanaged<nint, int>)table[1];
        GetErrorMessage = (delegate* unmanaged<nint, byte*>)table[2];
        CreateEnv = (delegate* unmanaged<int, byte*, nint*, nint>)table[3];
        CreateSessionFromArray = (delegate* unmanaged<nint, void*, nuint, nint, nint*, nint>)table[8];
        Run = (delegate* unmanaged<nint, nint, nint*, nint*, nuint, nint*, nuint, nint*, nint>)table[9];
        CreateSessionOptions = (delegate* unmanaged<nint*, nint>)table[10];
        SetSessionExecutionMode = (delegate* unmanaged<nint, int, nint>)table[13];
        SetSessionGraphOptimizationLevel = (delegate* unmanaged<nint, int, nint>)table[23];
        SetIntraOpNumThreads = (delegate* unmanaged<nint, int, nint>)table[24];
        SetInterOpNumThreads = (delegate* unmanaged<nint, int, nint>)table[25];
        SessionGetInputCount = (delegate* unmanaged<nint, nuint*, nint>)table[30];
        SessionGetOutputCount = (delegate* unmanaged<nint, nuint*, nint>)table[31];
        SessionGetInputTypeInfo = (delegate* unmanaged<nint, nuint, nint*, nint>)table[33];
        SessionGetOutputTypeInfo = (delegate* unmanaged<nint, nuint, nint*, nint>)table[34];
        SessionGetInputName = (delegate* unmanaged<nint, nuint, nint, byte**, nint>)table[36];
        SessionGetOutputName = (delegate* unmanaged<nint, nuint, nint, byte**, nint>)table[37];
        CreateTensorWithDataAsOrtValue = (delegate* unmanaged<nint, void*, nuint, long*, nuint, int, nint*, nint>)table[49];
        GetTensorMutableData = (delegate* unmanaged<nint, void**, nint>)table[51];
        CastTypeInfoToTensorInfo = (delegate* unmanaged<nint, nint*, nint>)table[55];
        GetTensorElementType = (delegate* unmanaged<nint, int*, nint>)table[60];
        GetDimensionsCount = (delegate* unmanaged<nint, nuint*, nint>)table[61];
        GetDimensions = (delegate* unmanaged<nint, long*, nuint, nint>)table[62];
        GetTensorShapeElementCount = (delegate* unmanaged<nint, nuint*, nint>)table[64];
        GetTensorTypeAndShape = (delegate* unmanaged<nint, nint*, nint>)table[65];
        CreateCpuMemoryInfo = (delegate* unmanaged<int, int, nint*, nint>)table[69];
        AllocatorFree = (delegate* unmanaged<nint, void*, nint>)table[76];
        GetAllocatorWithDefaultOptions = (delegate* unmanaged<nint*, nint>)table[78];
        ReleaseEnv = (delegate* unmanaged<nint, void>)table[92];
        ReleaseStatus = (delegate* unmanaged<nint, void>)table[93];
        ReleaseMemoryInfo = (delegate* unmanaged<nint, void>)table[94];
        ReleaseSession = (delegate* unmanaged<nint, void>)table[95];
        ReleaseValue = (delegate* unmanaged<nint, void>)table[96];
        ReleaseTypeInfo = (delegate* unmanaged<nint, void>)table[98];
        ReleaseTensorTypeAndShapeInfo = (delegate* unmanaged<nint, void>)table[99];
        ReleaseSessionOptions = (delegate* unmanaged<nint, void>)table[100];
        SessionOptionsAppendExecutionProviderCudaV2 = (delegate* unmanaged<nint, nint, nint>)table[204];
        CreateCudaProviderOptions = (delegate* unmanaged<nint*, nint>)table[205];
        UpdateCudaProviderOptions = (delegate* unmanaged<nint, byte**, byte**, nuint, nint>)table[206];
        ReleaseCudaProviderOptions = (delegate* unmanaged<nint, void>)table[208];
    }

    public string RuntimeVersion { get; }

    public delegate* unmanaged<nint, int> GetErrorCode { get; }

    public delegate* unmanaged<nint, byte*> GetErrorMessage { get; }

    public delegate* unmanaged<int, byte*, nint*, nint> CreateEnv { get; }

    public delegate* unmanaged<nint, void*, nuint, nint, nint*, nint> CreateSessionFromArray { get; }

    public delegate* unmanaged<nint, nint, nint*, nint*, nuint, nint*, nuint, nint*, nint> Run { get; }

    public delegate* unmanaged<nint*, nint> CreateSessionOptions { get; }

    public delegate* unmanaged<nint, int, nint> SetSessionExecutionMode { get; }

    public delegate* unmanaged<nint, int, nint> SetSessionGraphOptimizationLevel { get; }

    public delegate* unmanaged<nint, int, nint> SetIntraOpNumThreads { get; }

    public delegate* unmanaged<nint, int, nint> SetInterOpNumThreads { get; }

    public delegate* unmanaged<nint, nuint*, nint> SessionGetInputCount { get; }

    public delegate* unmanaged<nint, nuint*, nint> SessionGetOutputCount { get; }

    public delegate* unmanaged<nint, nuint, nint*, nint> SessionGetInputTypeInfo { get; }

    public delegate* unmanaged<nint, nuint, nint*, nint> SessionGetOutputTypeInfo { get; }

    public delegate* unmanaged<nint, nuint, nint, byte**, nint> SessionGetInputName { get; }

    public delegate* unmanaged<nint, nuint, nint, byte**, nint> SessionGetOutputName { get; }

    public delegate* unmanaged<nint, void*, nuint, long*, nuint, int, nint*, nint> CreateTensorWithDataAsOrtValue { get; }

    public delegate* unmanaged<nint, void**, nint> GetTensorMutableData { get; }

    public delegate* unmanaged<nint, nint*, nint> CastTypeInfoToTensorInfo { get; }

    public delegate* unmanaged<nint, int*, nint> GetTensorElementType { get; }

    public delegate* unmanaged<nint, nuint*, nint> GetDimensionsCount { get; }

    public delegate* unmanaged<nint, long*, nuint, nint> GetDimensions { get; }

    public delegate* unmanaged<nint, nuint*, nint> GetTensorShapeElementCount { get; }

    public delegate* unmanaged<nint, nint*, nint> GetTensorTypeAndShape { get; }

    public delegate* unmanaged<int, int, nint*, nint> CreateCpuMemoryInfo { get; }

    public delegate* unmanaged<nint, void*, nint> AllocatorFree { get; }

    public delegate* unmanaged<nint*, nint> GetAllocatorWithDefaultOptions { get; }

    public delegate* unmanaged<nint, void> ReleaseEnv { get; }

    public delegate* unmanaged<nint, void> ReleaseStatus { get; }

    public delegate* unmanaged<nint, void> ReleaseMemoryInfo { get; }

    public delegate* unmanaged<nint, void> ReleaseSession { get; }

    public delegate* unmanaged<nint, void> ReleaseValue { get; }

    public delegate* unmanaged<nint, void> ReleaseTypeInfo { get; }

    public delegate* unmanaged<nint, void> ReleaseTensorTypeAndShapeInfo { get; }

    public delegate* unmanaged<nint, void> ReleaseSessionOptions { get; }

    public delegate* unmanaged<nint, nint, nint> SessionOptionsAppendExecutionProviderCudaV2 { get; }

    public delegate* unmanaged<nint*, nint> CreateCudaProviderOptions { get; }

    public delegate* unmanaged<nint, byte**, byte**, nuint, nint> UpdateCudaProviderOptions { get; }

    public delegate* unmanaged<nint, void> ReleaseCudaProviderOptions { get; }

    /// <summary>
    /// Loads the runtime by full path (the file is <c>libonnxruntime.so.1</c>; .NET's name probing would look for
    /// <c>libonnxruntime.so</c> and miss it) and reads the table. The library stays loaded for the process lifetime:
    /// the table it returns is static and may be shared by every engine.
    /// </summary>
    public static OrtApi Load(string libraryPath)
    {
        if (!File.Exists(libraryPath))
        {
            throw new FileNotFoundException($"ONNX Runtime library not found at '{libraryPath}'.", libraryPath);
        }

        var library = NativeLibrary.Load(libraryPath);
        var getApiBase = (delegate* unmanaged<nint*>)NativeLibrary.GetExport(library, "OrtGetApiBase");
        var apiBase = getApiBase();
        var getApi = (delegate* unmanaged<uint, nint*>)apiBase[0];
        var getVersionString = (delegate* unmanaged<byte*>)apiBase[1];
        var version = Marshal.PtrToStringUTF8((nint)getVersionString()) ?? "unknown";
        var table = getApi(ApiVersion);
        if (table == null)
        {
            throw new OnnxRuntimeException(
                OrtErrorCode.Fail,
                $"ONNX Runtime {version} at '{libraryPath}' does not serve API version {ApiVersion}; version 1.{ApiVersion} or newer is required.");
        }

        return new OrtApi(table, version);
    }

    /// <summary>Turns a non-null status into an exception carrying ORT's message and code; always releases the status.</summary>
    public void Check(nint status)
    {
        if (status == 0)
        {
            return;
        }

        OrtErrorCode code;
        string message;
        try
        {
            code = (OrtErrorCode)GetErrorCode(status);
            message = (Marshal.PtrToStringUTF8((nint)GetErrorMessage(status)) ?? string.Empty).Trim();
        }
        finally
        {
            ReleaseStatus(status);
        }

        throw new OnnxRuntimeException(code, message);
    }
}
