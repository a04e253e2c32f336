namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>Owns an <c>OrtSession</c>; released through <c>ReleaseSession</c>.</summary>
internal sealed unsafe class OrtSessionHandle(OrtApi api, nint handle) : OrtHandle(api, handle)
{
    protected override bool ReleaseHandle()
    {
        Api.ReleaseSession(handle);
        return true;
    }
}
