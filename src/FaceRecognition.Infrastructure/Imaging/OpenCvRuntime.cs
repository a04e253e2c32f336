using OpenCvSharp;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Loads OpenCV once and sets it up for this service; a missing native dependency becomes the fix to apply.</summary>
internal static class OpenCvRuntime
{
    private static readonly Lazy<string> Loaded = new(Load);

    /// <summary>OpenCV's version; throws <see cref="InvalidOperationException"/> naming the missing dependency.</summary>
    public static string EnsureLoaded() => Loaded.Value;

    private static string Load()
    {
        string? version;
        try
        {
            version = Cv2.GetVersionString();
        }
        catch (TypeInitializationException ex)
        {
            throw new InvalidOperationException(
                $"OpenCV could not be loaded ({ex.InnerException?.Message ?? ex.Message}). Its Linux runtime needs GTK 3: install the Debian package libgtk-3-0 (deploy/bootstrap.sh does).", ex);
        }

        // Requests run in parallel, one per core (as ONNX Runtime's single intra-op thread); OpenCV's own worker
        // threads would only compete with them.
        Cv2.SetNumThreads(1);
        return version ?? "unknown";
    }
}
