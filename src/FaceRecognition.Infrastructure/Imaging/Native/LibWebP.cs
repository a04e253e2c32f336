namespace FaceRecognition.Infrastructure.Imaging.Native;

/// <summary>libwebp (libwebp.so.7): header probe, decode into our own buffer, and lossless encode for tests/benches.</summary>
internal sealed unsafe class LibWebP
{
    private static readonly Lazy<LibWebP> Shared = new(() => new LibWebP(NativeCodecLibrary.Load("libwebp.so.7", "libwebp7")));

    private readonly delegate* unmanaged<byte*, nuint, int*, int*, int> _getInfo;
    private readonly delegate* unmanaged<byte*, nuint, byte*, nuint, int, byte*> _decodeRgbInto;
    private readonly delegate* unmanaged<byte*, int, int, int, byte**, nuint> _encodeLosslessRgb;
    private readonly delegate* unmanaged<void*, void> _free;

    private LibWebP(NativeCodecLibrary library)
    {
        _getInfo = (delegate* unmanaged<byte*, nuint, int*, int*, int>)library.Export("WebPGetInfo");
        _decodeRgbInto = (delegate* unmanaged<byte*, nuint, byte*, nuint, int, byte*>)library.Export("WebPDecodeRGBInto");
        _encodeLosslessRgb = (delegate* unmanaged<byte*, int, int, int, byte**, nuint>)library.Export("WebPEncodeLosslessRGB");
        _free = (delegate* unmanaged<void*, void>)library.Export("WebPFree");
    }

    public static LibWebP Instance => Shared.Value;

    public bool GetInfo(byte* data, nuint size, out int width, out int height)
    {
        int w, h;
        var ok = _getInfo(data, size, &w, &h) != 0;
        width = w;
        height = h;
        return ok;
    }

    public bool DecodeRgbInto(byte* data, nuint size, byte* output, nuint outputSize, int stride) =>
        _decodeRgbInto(data, size, output, outputSize, stride) != null;

    public nuint EncodeLosslessRgb(byte* rgb, int width, int height, int stride, byte** output) =>
        _encodeLosslessRgb(rgb, width, height, stride, output);

    public void Free(void* memory) => _free(memory);
}
