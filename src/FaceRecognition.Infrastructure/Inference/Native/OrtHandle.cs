using System.Runtime.InteropServices;

namespace FaceRecognition.Infrastructure.Inference.Native;

/// <summary>
/// Owns one ORT object and releases it with the matching <c>ReleaseXxx</c> slot exactly once, even when the owner
/// forgets to dispose it. Each ORT type gets its own sealed subclass so handles of different kinds cannot be mixed.
/// </summary>
internal abstract class OrtHandle : SafeHandle
{
    protected OrtHandle(OrtApi api, nint handle)
        : base(0, ownsHandle: true)
    {
        Api = api;
        SetHandle(handle);
    }

    public override bool IsInvalid => handle == 0;

    protected OrtApi Api { get; }
}
