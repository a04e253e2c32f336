namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>Owns an <c>OrtTensorTypeAndShapeInfo</c>; released through <c>ReleaseTensorTypeAndShapeInfo</c>.</summary>
internal sealed unsafe class OrtTensorTypeAndShapeInfoHandle(OrtApi api, nint handle) : OrtHandle(api, handle)
{
    protected override bool ReleaseHandle()
    {
        Api.ReleaseTensorTypeAndShapeInfo(handle);
        return true;
    }
}
