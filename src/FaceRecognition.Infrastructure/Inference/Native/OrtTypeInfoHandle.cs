namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>Owns an <c>OrtTypeInfo</c>; released through <c>ReleaseTypeInfo</c>.</summary>
internal sealed unsafe class OrtTypeInfoHandle(OrtApi api, nint handle) : OrtHandle(api, handle)
{
    protected override bool ReleaseHandle()
    {
        Api.ReleaseTypeInfo(handle);
        return true;
    }
}
