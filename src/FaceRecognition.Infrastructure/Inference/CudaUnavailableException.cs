using System.Text.RegularExpressions;
using Microsoft.ML.OnnxRuntime;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>The CUDA execution provider could not be used; <see cref="Exception.Message"/> is the reason ORT gave.</summary>
public sealed partial class CudaUnavailableException(string reason, Exception inner) : Exception(reason, inner)
{
    /// <summary>
    /// Runs an ORT call that needs CUDA; an <see cref="OnnxRuntimeException"/> becomes this exception with the most
    /// specific reason available: the error ORT logged during the call (it names the missing library, e.g.
    /// libcublasLt.so.13), else the exception's own message. The CPU-only runtime has no CUDA entry point at all.
    /// </summary>
    internal static void Capture(Action cudaCall)
    {
        Exception? failure = null;
        var logged = OrtEnvironment.CaptureErrors(() =>
        {
            try
            {
                cudaCall();
            }
            catch (OnnxRuntimeException ex)
            {
                failure = ex;
            }
            catch (EntryPointNotFoundException ex)
            {
                failure = new CudaUnavailableException("this ONNX Runtime build has no CUDA execution provider (the CPU-only flavour, OnnxRuntimeFlavor=Cpu)", ex);
            }
        });
        switch (failure)
        {
            case CudaUnavailableException unavailable:
                throw unavailable;
            case not null:
                throw new CudaUnavailableException(Reason(logged, failure), failure);
        }
    }

    private static string Reason(IReadOnlyList<string> logged, Exception exception)
    {
        // ORT's lines read "<source location> [ONNXRuntimeError] : 1 : FAIL : <what happened>"; keep what happened.
        const string marker = " : FAIL : ";
        var line = logged.LastOrDefault(l => l.Length > 0);
        if (line is null)
        {
            return exception.Message;
        }

        var at = line.LastIndexOf(marker, StringComparison.Ordinal);
        var reason = at >= 0 ? line[(at + marker.Length)..].Trim() : line;

        // The reason reaches /health/ready: name libraries, not where this installation keeps them.
        return LibraryDirectory().Replace(reason, string.Empty);
    }

    [GeneratedRegex(@"(?<=\s|^)/\S*/(?=lib[^/\s]*\.so)")]
    private static partial Regex LibraryDirectory();
}
