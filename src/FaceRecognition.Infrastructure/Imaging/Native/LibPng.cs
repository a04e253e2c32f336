namespace FaceRecognition.Infrastructure.Imaging.Native;

/// <summary>
/// libpng's simplified API (libpng16.so.16). It reports errors in the <see cref="PngImage"/> structure instead of
/// longjmp, which is what makes it safe to call from managed code.
/// </summary>
internal sealed unsafe class LibPng
{
    private static readonly Lazy<LibPng> Shared = new(() => new LibPng(NativeCodecLibrary.Load("libpng16.so.16", "libpng16-16")));

    private readonly delegate* unmanaged<PngImage*, void*, nuint, int> _beginReadFromMemory;
    private readonly delegate* unmanaged<PngImage*, byte*, void*, int, void*, int> _finishRead;
    private readonly delegate* unmanaged<PngImage*, void> _free;
    private readonly delegate* unmanaged<PngImage*, void*, nuint*, int, void*, int, void*, int> _writeToMemory;

    private LibPng(NativeCodecLibrary library)
    {
        _beginReadFromMemory = (delegate* unmanaged<PngImage*, void*, nuint, int>)library.Export("png_image_begin_read_from_memory");
        _finishRead = (delegate* unmanaged<PngImage*, byte*, void*, int, void*, int>)library.Export("png_image_finish_read");
        _free = (delegate* unmanaged<PngImage*, void>)library.Export("png_image_free");
        _writeToMemory = (delegate* unmanaged<PngImage*, void*, nuint*, int, void*, int, void*, int>)library.Export("png_image_write_to_memory");
    }

    public static LibPng Instance => Shared.Value;

    public bool BeginReadFromMemory(PngImage* image, void* memory, nuint size) => _beginReadFromMemory(image, memory, size) != 0;

    /// <summary>Decodes into <paramref name="buffer"/>; <paramref name="background"/> (3 bytes, RGB) replaces transparency.</summary>
    public bool FinishRead(PngImage* image, byte* background, void* buffer, int rowStride) =>
        _finishRead(image, background, buffer, rowStride, null) != 0;

    public void Free(PngImage* image) => _free(image);

    public bool WriteToMemory(PngImage* image, void* memory, nuint* size, void* buffer, int rowStride) =>
        _writeToMemory(image, memory, size, 0, buffer, rowStride, null) != 0;
}
