using System.Runtime.InteropServices;

namespace FaceRecognition.Infrastructure.Imaging.Native;

/// <summary>
/// Loads a system codec library by its soname and resolves its exports, turning "not installed" into a
/// <see cref="CodecLibraryUnavailableException"/> that says which Debian package to install, instead of a crash.
/// </summary>
internal sealed class NativeCodecLibrary
{
    private readonly nint _handle;

    private NativeCodecLibrary(string soname, string debianPackage, nint handle)
    {
        Soname = soname;
        DebianPackage = debianPackage;
        _handle = handle;
    }

    public string Soname { get; }

    public string DebianPackage { get; }

    public static NativeCodecLibrary Load(string soname, string debianPackage)
    {
        if (!NativeLibrary.TryLoad(soname, out var handle))
        {
            throw new CodecLibraryUnavailableException(
                $"{soname} not found: install Debian package {debianPackage} (apt-get install {debianPackage}).");
        }

        return new NativeCodecLibrary(soname, debianPackage, handle);
    }

    public nint Export(string name)
    {
        if (!NativeLibrary.TryGetExport(_handle, name, out var address))
        {
            throw new CodecLibraryUnavailableException(
                $"{Soname} has no function {name}: the installed {DebianPackage} is older than this service expects.");
        }

        return address;
    }
}
