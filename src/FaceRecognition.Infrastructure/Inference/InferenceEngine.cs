using FaceRecognition.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// Loads the nine face models once, after checking every file against models.lock, each into one ONNX Runtime
/// session shared by every request, on the execution provider <see cref="InferenceOptions.ExecutionProvider"/> asks
/// for. A missing or corrupt file stops start-up with an exception naming it; so does <c>cuda</c> without CUDA.
/// </summary>
public sealed class InferenceEngine : IInferenceStatus, IDisposable
{
    /// <summary>Must be 1 in the environment the process started with; set later, ORT has already read it.</summary>
    public const string TelemetryVariable = "ORT_DISABLE_TELEMETRY";

    private readonly Dictionary<FaceModel, OnnxModel> _models = [];
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
        var modelBytes = new Dictionary<FaceModel, byte[]>();
        foreach (var model in Enum.GetValues<FaceModel>())
        {
            modelBytes[model] = modelLock.ReadVerified(model.FileName());
            _sha256[model] = modelLock.Sha256Of(model.FileName()).ToLowerInvariant();
        }

        WarnWhenTelemetryIsOn(logger, Environment.GetEnvironmentVariable(TelemetryVariable));
        RuntimeVersion = OrtEnvironment.Get(logger).GetVersionString();
        try
        {
            var selection = LoadModels(options, modelBytes, logger);
            Provider = selection.Provider;
            FallbackReason = selection.FallbackReason;
        }
        catch
        {
            Dispose();
            throw;
        }

        logger.LogInformation(
            "ONNX Runtime {Version} loaded {Count} models from {Directory} on {Provider} (configured: {Configured}) with {Threads} intra-op thread(s)",
            RuntimeVersion, _models.Count, ModelDirectory, ExecutionProvider, options.ExecutionProvider.ToString().ToLowerInvariant(), options.IntraOpThreads);
    }

    public string ModelDirectory { get; }

    public string RuntimeVersion { get; }

    public ExecutionProviderKind Provider { get; }

    /// <summary>"Cpu" or "Cuda": the provider the sessions run on.</summary>
    public string ExecutionProvider => Provider.ToString();

    public string? FallbackReason { get; }

    public bool ModelsLoaded => !_disposed && _models.Count == Enum.GetValues<FaceModel>().Length;

    /// <summary>Time spent inside ORT's Run across all models, in Stopwatch ticks (for benches).</summary>
    public long TotalRunTicks => _models.Values.Sum(m => m.RunTicks);

    public OnnxModel Model(FaceModel model)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _models[model];
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
        DisposeModels();
    }

    /// <summary>Warns unless <paramref name="value"/>, the variable as the process started with it, is "1".</summary>
    internal static void WarnWhenTelemetryIsOn(ILogger logger, string? value)
    {
        if (value != "1")
        {
            logger.LogWarning(
                "{Variable} is not 1 in this process's environment: ONNX Runtime may record usage under ~/.cache/Microsoft and contact its telemetry host. Set {Variable}=1 in the launcher, before the process starts (run.sh and test.sh do)",
                TelemetryVariable, TelemetryVariable);
        }
    }

    /// <summary>
    /// Loads every session on CUDA when asked (or allowed) to, else on CPU. A CUDA failure, whether the provider cannot
    /// be appended (a missing library) or a session cannot be created on it (no device), either stops start-up
    /// (<c>cuda</c>) or is logged once and the models load on CPU (<c>auto</c>).
    /// </summary>
    private ExecutionProviderSelection LoadModels(InferenceOptions options, Dictionary<FaceModel, byte[]> modelBytes, ILogger logger)
    {
        if (options.ExecutionProvider != ExecutionProviderKind.Cpu)
        {
            try
            {
                using var cuda = SessionOptionsFactory.Cuda(options);
                CudaUnavailableException.Capture(() => CreateModels(cuda, modelBytes, onCuda: true));
                logger.LogInformation("CUDA execution provider enabled on device {DeviceId}", options.CudaDeviceId);
                return new ExecutionProviderSelection(ExecutionProviderKind.Cuda, null);
            }
            catch (CudaUnavailableException ex) when (options.ExecutionProvider == ExecutionProviderKind.Auto)
            {
                DisposeModels();
                logger.LogWarning("CUDA execution provider unavailable ({Reason}); running on CPU", ex.Message);
                using var cpu = SessionOptionsFactory.Cpu(options);
                CreateModels(cpu, modelBytes);
                return new ExecutionProviderSelection(ExecutionProviderKind.Cpu, ex.Message);
            }
            catch (CudaUnavailableException ex)
            {
                throw new InvalidOperationException(
                    $"Inference:ExecutionProvider is cuda, but the CUDA execution provider cannot be used: {ex.Message}. See docs/gpu.md, or set Inference:ExecutionProvider=auto to fall back to CPU.", ex);
            }
        }

        using (var cpu = SessionOptionsFactory.Cpu(options))
        {
            CreateModels(cpu, modelBytes);
        }

        return new ExecutionProviderSelection(ExecutionProviderKind.Cpu, null);
    }

    /// <summary>
    /// On CUDA an ORT failure propagates (the caller turns it into the CUDA reason: the files were verified, so the
    /// provider is what failed); on CPU it means ORT cannot read the model and names the file.
    /// </summary>
    private void CreateModels(SessionOptions sessionOptions, Dictionary<FaceModel, byte[]> modelBytes, bool onCuda = false)
    {
        foreach (var (model, bytes) in modelBytes)
        {
            try
            {
                _models[model] = new OnnxModel(model.FileName(), bytes, sessionOptions);
            }
            catch (OnnxRuntimeException ex) when (!onCuda)
            {
                throw new ModelIntegrityException(
                    Path.Combine(ModelDirectory, model.FileName()), $"ONNX Runtime could not load '{model.FileName()}': {ex.Message}", ex);
            }
        }
    }

    private void DisposeModels()
    {
        foreach (var model in _models.Values)
        {
            model.Dispose();
        }

        _models.Clear();
    }
}
