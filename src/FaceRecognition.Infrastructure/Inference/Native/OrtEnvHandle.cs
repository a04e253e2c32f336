namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>Owns an <c>OrtEnv</c>; released through <c>ReleaseEnv</c>.</summary>
internal sealed unsafe class OrtEnvHandle(OrtApi api, nint handle) : OrtHandle(api, handle)
{
    protected override bool ReleaseHandle()
    {
        Api.ReleaseEnv(handle);
        return true;
    }
}
