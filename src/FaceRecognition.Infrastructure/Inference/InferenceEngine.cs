using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Inference.Native;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// Loads ONNX Runtime and the nine face models once, after checking every file against models.lock, and shares the
/// sessions with every request. A missing or corrupt file stops start-up with an exception naming it.
/// </summary>
public sealed class InferenceEngine : IInferenceStatus, IDisposable
{
    public const string RuntimeLibraryFileName = "libonnxruntime.so.1";

    private readonly OrtEnvironment _environment;
    private readonly Dictionary<FaceModel, InferenceSession> _sessions = [];
    private readonly Dictionary<FaceModel, string> _sha256 = [];
    private bool _disposed;

    public InferenceEngine(IOptions<InferenceOptions> options, ILogger<InferenceEngine> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), logger)
    {
    }

    public InferenceEngine(InferenceOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ModelDirectory = ModelDirectoryResolver.Resolve(options.ModelDirectory);
        var modelLock = ModelLock.Read(ModelDirectory);

        // Verify everything before loading anything, so a bad file is reported by name and nothing half-starts.
        modelLock.VerifyFile(RuntimeLibraryFileName);
        var modelBytes = new Dictionary<FaceModel, byte[]>();
        foreach (var model in Enum.GetValues<FaceModel>())
        {
            modelBytes[model] = modelLock.ReadVerified(model.FileName());
            _sha256[model] = modelLock.Sha256Of(model.FileName()).ToLowerInvariant();
        }

        var api = OrtApi.Load(Path.Combine(ModelDirectory, RuntimeLibraryFileName));
        RuntimeVersion = api.RuntimeVersion;
        _environment = OrtEnvironment.Create(api);
        try
        {
            var (sessionOptions, selection) = SessionOptionsFactory.Create(api, options, logger);
            using (sessionOptions)
            {
                Provider = selection.Provider;
                FallbackReason = selection.FallbackReason;
                foreach (var (model, bytes) in modelBytes)
                {
                    _sessions[model] = CreateSession(sessionOptions, model.FileName(), bytes);
                }
            }
        }
        catch
        {
            Dispose();
            throw;
        }

        logger.LogInformation(
            "ONNX Runtime {Version} loaded {Count} models from {Directory} on {Provider} with {Threads} intra-op thread(s)",
            RuntimeVersion, _sessions.Count, ModelDirectory, Provider, options.IntraOpThreads);
    }

    public string ModelDirectory { get; }

    public string RuntimeVersion { get; }

    public ExecutionProviderKind Provider { get; }

    public string ExecutionProvider => Provider.ToString();

    public string? FallbackReason { get; }

    public bool ModelsLoaded => !_disposed && _sessions.Count == Enum.GetValues<FaceModel>().Length;

    /// <summary>Time spent inside native Run calls across all sessions, in Stopwatch ticks (for benches).</summary>
    public long TotalRunTicks => _sessions.Values.Sum(s => s.RunTicks);

    public InferenceSession Session(FaceModel model)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _sessions[model];
    }

    /// <summary>The model file's sha256 (lower-case hex) as pinned in models.lock and verified at load.</summary>
    public string Sha256Of(FaceModel model) => _sha256[model];

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // Sessions before the env, as ORT requires.
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        _environment?.Dispose();
    }

    private InferenceSession CreateSession(OrtSessionOptionsHandle sessionOptions, string fileName, byte[] bytes)
    {
        try
        {
            return InferenceSession.Create(_environment, sessionOptions, fileName, bytes);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new ModelIntegrityException(Path.Combine(ModelDirectory, fileName), $"ONNX Runtime could not load '{fileName}': {ex.OrtMessage}", ex);
        }
    }
}
