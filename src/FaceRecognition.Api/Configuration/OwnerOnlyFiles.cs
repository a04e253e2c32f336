namespace FaceRecognition.Api.Configuration;

/// <summary>
/// The data folder (password hashes, face templates, the signing key) and the log folder are readable by the service's
/// own user only: folders 0700, files 0600, whatever the umask of whoever started the process. Files created later
/// inherit the folder's protection (SQLite gives its -wal/-shm files the database file's mode).
/// </summary>
public static class OwnerOnlyFiles
{
    public const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the folder owner-only, or makes an existing one owner-only, and every file directly in it. A shared
    /// folder (sticky bit, like /tmp) is left alone: it is not ours to close.
    /// </summary>
    public static void SecureFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, FolderPermissions);
        }

        if (File.GetUnixFileMode(folder).HasFlag(UnixFileMode.StickyBit))
        {
            return;
        }

        File.SetUnixFileMode(folder, FolderPermissions);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, FilePermissions);
        }
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
