using System.Text;
using Serilog.Sinks.File;

namespace FaceRecognition.Api.Configuration;

/// <summary>
/// Makes every log file owner-only (0600) as the sink opens it, including each day's new file; the folder itself is
/// secured at start-up by <see cref="PrivateFolders"/>.
/// </summary>
public sealed class OwnerOnlyLogFiles : FileLifecycleHooks
{
    public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnlyFiles.FilePermissions);
        }

        return base.OnFileOpened(path, underlyingStream, encoding);
    }
}
