namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>Owns an <c>OrtCUDAProviderOptionsV2</c>; released through <c>ReleaseCUDAProviderOptions</c>.</summary>
internal sealed unsafe class OrtCudaProviderOptionsHandle(OrtApi api, nint handle) : OrtHandle(api, handle)
{
    protected override bool ReleaseHandle()
    {
        Api.ReleaseCudaProviderOptions(handle);
        return true;
    }
}
