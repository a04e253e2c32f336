using System.Security.Cryptography;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// The pinned sha256 of every file in the model folder (<c>models.lock</c>: "file sha256 origin" per line, # comments).
/// Files are read and hashed here and the verified bytes handed to ORT, so what runs is exactly what was checked.
/// </summary>
public sealed class ModelLock
{
    private readonly Dictionary<string, string> _sha256ByFile;

    private ModelLock(string directory, Dictionary<string, string> sha256ByFile)
    {
        Directory = directory;
        _sha256ByFile = sha256ByFile;
    }

    public string Directory { get; }

    public static ModelLock Read(string directory)
    {
        var path = Path.Combine(directory, ModelDirectoryResolver.LockFileName);
        if (!File.Exists(path))
        {
            throw new ModelIntegrityException(path, $"Model lock file '{path}' is missing. Run deploy/bootstrap.sh.");
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in File.ReadLines(path))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || fields[1].Length != 64)
            {
                throw new ModelIntegrityException(path, $"Model lock file '{path}' has a malformed line: '{line}'.");
            }

            entries[fields[0]] = fields[1].ToUpperInvariant();
        }

        return new ModelLock(directory, entries);
    }

    /// <summary>The pinned sha256 (upper-case hex) of <paramref name="fileName"/>.</summary>
    public string Sha256Of(string fileName) =>
        _sha256ByFile.TryGetValue(fileName, out var sha)
            ? sha
            : throw new ModelIntegrityException(Path.Combine(Directory, fileName), $"'{fileName}' is not listed in {ModelDirectoryResolver.LockFileName} of '{Directory}'.");

    /// <summary>Reads the file and checks it against its pinned sha256; throws naming the file when it is missing or differs.</summary>
    public byte[] ReadVerified(string fileName)
    {
        var expected = Sha256Of(fileName);
        var path = Path.Combine(Directory, fileName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelIntegrityException(path, $"Model file '{path}' is missing. Run deploy/bootstrap.sh.", ex);
        }

        VerifyHash(path, SHA256.HashData(bytes), expected);
        return bytes;
    }

    private static void VerifyHash(string path, byte[] actualHash, string expected)
    {
        var actual = Convert.ToHexString(actualHash);
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new ModelIntegrityException(path, $"File '{path}' is corrupt: sha256 {actual.ToLowerInvariant()} does not match {expected.ToLowerInvariant()} pinned in {ModelDirectoryResolver.LockFileName}. Run deploy/bootstrap.sh.");
        }
    }
}
