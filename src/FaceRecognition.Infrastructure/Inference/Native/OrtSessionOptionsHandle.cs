namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>Owns an <c>OrtSessionOptions</c>; released through <c>ReleaseSessionOptions</c>.</summary>
internal sealed unsafe class OrtSessionOptionsHandle(OrtApi api, nint handle) : OrtHandle(api, handle)
{
    protected override bool ReleaseHandle()
    {
        Api.ReleaseSessionOptions(handle);
        return true;
    }
}
