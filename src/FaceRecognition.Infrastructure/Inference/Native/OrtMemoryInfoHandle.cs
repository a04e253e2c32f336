namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>Owns an <c>OrtMemoryInfo</c>; released through <c>ReleaseMemoryInfo</c>.</summary>
internal sealed unsafe class OrtMemoryInfoHandle(OrtApi api, nint handle) : OrtHandle(api, handle)
{
    protected override bool ReleaseHandle()
    {
        Api.ReleaseMemoryInfo(handle);
        return true;
    }
}
