using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// The process's one ONNX Runtime environment, created before any session so that its log callback is ours: ORT's
/// errors reach the service log instead of raw stderr, at ERROR level (at WARNING fr_age.onnx alone prints about a
/// hundred harmless "initializer appears in graph inputs" lines per start), and an error logged while a call runs can
/// be captured as that call's reason. ORT's exception for a missing CUDA library only says "Failed to load shared
/// library"; the library's name is in the error it logs.
/// </summary>
internal static class OrtEnvironment
{
    private static readonly DOrtLoggingFunction LogCallback = OnLog;
    private static readonly Lazy<OrtEnv> Env = new(Create);

    [ThreadStatic]
    private static List<string>? t_captured;

    private static ILogger? s_logger;

    /// <summary>The environment; ORT messages outside a capture go to <paramref name="logger"/> (the latest engine's).</summary>
    public static OrtEnv Get(ILogger logger)
    {
        Volatile.Write(ref s_logger, logger);
        return Env.Value;
    }

    /// <summary>Runs <paramref name="action"/> and returns the ORT errors logged on this thread while it ran.</summary>
    public static IReadOnlyList<string> CaptureErrors(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var previous = t_captured;
        var captured = new List<string>();
        t_captured = captured;
        try
        {
            action();
        }
        finally
        {
            t_captured = previous;
        }

        return captured;
    }

    private static OrtEnv Create()
    {
        OrtEnv env;
        if (OrtEnv.IsCreated)
        {
            // Someone touched ORT first: the environment exists without our callback; ORT keeps logging to stderr.
            env = OrtEnv.Instance();
        }
        else
        {
            var options = new EnvironmentCreationOptions
            {
                logId = "FaceRecognition",
                logLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
                loggingFunction = LogCallback,
            };
            env = OrtEnv.CreateInstanceWithOptions(ref options);
        }

        // Stops ORT's own telemetry events; the files and look-ups stop only with ORT_DISABLE_TELEMETRY=1 set before the
        // process starts (every launcher sets it; InferenceEngine warns when it is missing).
        env.DisableTelemetryEvents();
        return env;
    }

    private static void OnLog(IntPtr param, OrtLoggingLevel severity, string category, string logId, string codeLocation, string message)
    {
        var text = message.Trim();
        if (t_captured is { } captured)
        {
            captured.Add(text);
            return;
        }

        var level = severity >= OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR ? LogLevel.Error : LogLevel.Warning;
        Volatile.Read(ref s_logger)?.Log(level, "ONNX Runtime: {OrtMessage}", text);
    }
}
