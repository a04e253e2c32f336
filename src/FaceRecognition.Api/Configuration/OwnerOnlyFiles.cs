namespace FaceRecognition.Api.Configuration;

/// <summary>
/// Owner-only permissions for the service's secrets at rest: folders 0700, files 0600, whatever the umask of whoever
/// started the process. Only the service's own files are touched, and an existing folder is closed only when it holds
/// nothing else, so a misconfigured path (a shared folder, /tmp, /var/log) is never locked up.
/// </summary>
public static class OwnerOnlyFiles
{
    public const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the folder 0700 when missing; makes each entry <paramref name="isOurs"/> accepts 0600 (files) or leaves it
    /// (folders); makes an existing folder 0700 when every entry in it is ours and it is not shared (sticky bit).
    /// Returns false when the folder was left as it was.
    /// </summary>
    public static bool SecureFolder(string folder, Func<string, bool> isOurs)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(isOurs);
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, FolderPermissions);
            return true;
        }

        var onlyOurs = true;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            if (!isOurs(entry))
            {
                onlyOurs = false;
            }
            else if (File.Exists(entry))
            {
                File.SetUnixFileMode(entry, FilePermissions);
            }
        }

        if (!onlyOurs || File.GetUnixFileMode(folder).HasFlag(UnixFileMode.StickyBit))
        {
            return false;
        }

        File.SetUnixFileMode(folder, FolderPermissions);
        return true;
    }

    /// <summary>
    /// Makes the file owner-only, creating it empty when it does not exist yet, so whatever opens it later (SQLite)
    /// keeps that mode.
    /// </summary>
    public static void SecureFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (File.Exists(path))
        {
            File.SetUnixFileMode(path, FilePermissions);
            return;
        }

        using var created = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = FilePermissions,
        });
    }
}
