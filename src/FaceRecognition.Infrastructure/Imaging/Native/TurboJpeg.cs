using System.Runtime.InteropServices;

namespace FaceRecognition.Infrastructure.Imaging.Native;

/// <summary>
/// The TurboJPEG 2.1 C API (libturbojpeg.so.0), reached through function pointers. Errors are return codes
/// (no setjmp), and every call takes its own handle, so this type is thread-safe as long as handles are not shared.
/// </summary>
internal sealed unsafe class TurboJpeg
{
    public const int PixelFormatRgb = 0;       // TJPF_RGB
    public const int Subsampling444 = 0;       // TJSAMP_444
    public const int ErrorWarning = 0;         // TJERR_WARNING
    public const int FlagLimitScans = 32768;   // TJFLAG_LIMITSCANS: refuse progressive files with absurd scan counts

    private static readonly Lazy<TurboJpeg> Shared = new(() => new TurboJpeg(NativeCodecLibrary.Load("libturbojpeg.so.0", "libturbojpeg0")));

    private readonly delegate* unmanaged<nint> _initDecompress;
    private readonly delegate* unmanaged<nint> _initCompress;
    private readonly delegate* unmanaged<nint, byte*, nuint, int*, int*, int*, int*, int> _decompressHeader3;
    private readonly delegate* unmanaged<nint, byte*, nuint, byte*, int, int, int, int, int, int> _decompress2;
    private readonly delegate* unmanaged<nint, byte*, int, int, int, int, byte**, nuint*, int, int, int, int> _compress2;
    private readonly delegate* unmanaged<nint, nint> _getErrorStr2;
    private readonly delegate* unmanaged<nint, int> _getErrorCode;
    private readonly delegate* unmanaged<byte*, void> _free;
    private readonly delegate* unmanaged<nint, int> _destroy;

    private TurboJpeg(NativeCodecLibrary library)
    {
        _initDecompress = (delegate* unmanaged<nint>)library.Export("tjInitDecompress");
        _initCompress = (delegate* unmanaged<nint>)library.Export("tjInitCompress");
        _decompressHeader3 = (delegate* unmanaged<nint, byte*, nuint, int*, int*, int*, int*, int>)library.Export("tjDecompressHeader3");
        _decompress2 = (delegate* unmanaged<nint, byte*, nuint, byte*, int, int, int, int, int, int>)library.Export("tjDecompress2");
        _compress2 = (delegate* unmanaged<nint, byte*, int, int, int, int, byte**, nuint*, int, int, int, int>)library.Export("tjCompress2");
        _getErrorStr2 = (delegate* unmanaged<nint, nint>)library.Export("tjGetErrorStr2");
        _getErrorCode = (delegate* unmanaged<nint, int>)library.Export("tjGetErrorCode");
        _free = (delegate* unmanaged<byte*, void>)library.Export("tjFree");
        _destroy = (delegate* unmanaged<nint, int>)library.Export("tjDestroy");
    }

    /// <summary>The process-wide binding; throws <see cref="CodecLibraryUnavailableException"/> when not installed.</summary>
    public static TurboJpeg Instance => Shared.Value;

    public nint InitDecompress() => _initDecompress();

    public nint InitCompress() => _initCompress();

    public int DecompressHeader(nint handle, byte* jpeg, nuint size, out int width, out int height)
    {
        int w, h, subsampling, colorspace;
        var result = _decompressHeader3(handle, jpeg, size, &w, &h, &subsampling, &colorspace);
        width = w;
        height = h;
        return result;
    }

    public int Decompress(nint handle, byte* jpeg, nuint size, byte* destination, int width, int pitch, int height, int flags) =>
        _decompress2(handle, jpeg, size, destination, width, pitch, height, PixelFormatRgb, flags);

    public int Compress(nint handle, byte* rgb, int width, int pitch, int height, byte** jpeg, nuint* size, int quality) =>
        _compress2(handle, rgb, width, pitch, height, PixelFormatRgb, jpeg, size, Subsampling444, quality, 0);

    public void Free(byte* buffer) => _free(buffer);

    public string ErrorMessage(nint handle) => Marshal.PtrToStringUTF8(_getErrorStr2(handle)) ?? "unknown TurboJPEG error";

    public bool LastErrorIsWarning(nint handle) => _getErrorCode(handle) == ErrorWarning;

    public void Destroy(nint handle) => _destroy(handle);
}
