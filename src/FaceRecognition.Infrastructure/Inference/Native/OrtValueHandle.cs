namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>Owns an <c>OrtValue</c>; released through <c>ReleaseValue</c>.</summary>
internal sealed unsafe class OrtValueHandle(OrtApi api, nint handle) : OrtHandle(api, handle)
{
    protected override bool ReleaseHandle()
    {
        Api.ReleaseValue(handle);
        return true;
    }
}
