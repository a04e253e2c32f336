using System.Runtime.InteropServices;

namespace FaceRecognition.Infrastructure.Imaging.Native;

/// <summary>libpng's <c>png_image</c> control structure (png.h, 1.6), declared field for field: 104 bytes on x64.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct PngImage
{
    public const uint VersionCurrent = 1;    // PNG_IMAGE_VERSION
    public const uint FormatRgb = 0x02;       // PNG_FORMAT_RGB (PNG_FORMAT_FLAG_COLOR)

    public nint Opaque;
    public uint Version;
    public uint Width;
    public uint Height;
    public uint Format;
    public uint Flags;
    public uint ColormapEntries;
    public uint WarningOrError;
    public fixed byte Message[64];

    public readonly string ErrorMessage
    {
        get
        {
            fixed (byte* text = Message)
            {
                return Marshal.PtrToStringUTF8((nint)text) ?? "unknown libpng error";
            }
        }
    }
}
