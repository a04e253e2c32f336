using System.Runtime.InteropServices;
using FaceRecognition.Infrastructure.Inference.Native;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>Reads input/output names and shapes of a freshly created session, freeing every string and type info ORT returns.</summary>
internal readonly unsafe struct SessionMetadataReader(OrtEnvironment environment, nint session)
{
    private OrtApi Api => environment.Api;

    public int InputCount()
    {
        nuint count;
        Api.Check(Api.SessionGetInputCount(session, &count));
        return checked((int)count);
    }

    public int OutputCount()
    {
        nuint count;
        Api.Check(Api.SessionGetOutputCount(session, &count));
        return checked((int)count);
    }

    public string InputName(int index)
    {
        byte* name = null;
        Api.Check(Api.SessionGetInputName(session, (nuint)index, environment.DefaultAllocator, &name));
        return TakeString(name);
    }

    public string OutputName(int index)
    {
        byte* name = null;
        Api.Check(Api.SessionGetOutputName(session, (nuint)index, environment.DefaultAllocator, &name));
        return TakeString(name);
    }

    /// <summary>The declared dims; -1 marks a symbolic dimension.</summary>
    public long[] InputShape(int index)
    {
        nint typeInfo = 0;
        Api.Check(Api.SessionGetInputTypeInfo(session, (nuint)index, &typeInfo));
        using var typeInfoHandle = new OrtTypeInfoHandle(Api, typeInfo);

        // Borrowed from the type info: not released separately.
        nint tensorInfo = 0;
        Api.Check(Api.CastTypeInfoToTensorInfo(typeInfo, &tensorInfo));
        if (tensorInfo == 0)
        {
            throw new InvalidOperationException($"Input {index} is not a tensor.");
        }

        nuint rank;
        Api.Check(Api.GetDimensionsCount(tensorInfo, &rank));
        var dims = new long[(int)rank];
        fixed (long* dimsPtr = dims)
        {
            Api.Check(Api.GetDimensions(tensorInfo, dimsPtr, rank));
        }

        return dims;
    }

    private string TakeString(byte* value)
    {
        try
        {
            return Marshal.PtrToStringUTF8((nint)value) ?? string.Empty;
        }
        finally
        {
            Api.Check(Api.AllocatorFree(environment.DefaultAllocator, value));
        }
    }
}
