using FaceRecognition.IntegrationTests.Support;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Inference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.IntegrationTests.Engine;

public sealed class InferenceEngineStartupTests
{
    private string? _tempModels;

    [TearDown]
    public void RemoveTempModels()
    {
        if (_tempModels is not null && Directory.Exists(_tempModels))
        {
            Directory.Delete(_tempModels, recursive: true);
        }
    }

    [Test]
    public void Auto_OnAMachineWithoutCuda_GivesAWorkingEngineOnCpu_WithTheReasonLoggedOnce()
    {
        var logs = new RecordingLoggerProvider();
        using var provider = EngineProviderFactory.Build(
            new Dictionary<string, string?> { ["Inference:ModelDirectory"] = RepoPaths.Models, ["Inference:ExecutionProvider"] = "auto" },
            logs);

        var status = provider.GetRequiredService<IInferenceStatus>();
        var model = provider.GetRequiredService<InferenceEngine>().Model(FaceModel.Feature);
        float[] output;
        using (var run = model.Rent())
        {
            Array.Fill(run.Input, 0.25f);
            run.Execute();
            output = run.Output(0).ToArray();
        }

        var fallbackLines = logs.Entries.Where(e => e.Message.StartsWith("CUDA execution provider unavailable (", StringComparison.Ordinal)).ToList();
        TestContext.Out.WriteLine($"fallback reason: {status.FallbackReason}");
        Assert.Multiple(() =>
        {
            Assert.That(status.ExecutionProvider, Is.EqualTo("Cpu"));
            Assert.That(status.FallbackReason, Is.Not.Null.And.Not.Empty);
            Assert.That(status.ModelsLoaded, Is.True);
            Assert.That(output, Has.Length.EqualTo(512));
            Assert.That(output.Any(v => v != 0), Is.True);
            Assert.That(fallbackLines, Has.Count.EqualTo(1));
            Assert.That(fallbackLines.Single().Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(fallbackLines.Single().Message, Does.Contain(status.FallbackReason!).And.EndWith("); running on CPU"));
            Assert.That(logs.Entries.Where(e => e.Message.StartsWith("ONNX Runtime ", StringComparison.Ordinal)).Select(e => e.Message), Has.One.Contains(" on Cpu (configured: auto)"));
        });
    }

    [Test]
    public void Auto_GivesTheSpecificReason_ForEitherOnnxRuntimeFlavour()
    {
        using var provider = EngineProviderFactory.Build(
            new Dictionary<string, string?> { ["Inference:ModelDirectory"] = RepoPaths.Models, ["Inference:ExecutionProvider"] = "auto" });
        var reason = provider.GetRequiredService<IInferenceStatus>().FallbackReason;

        // The GPU build ships the CUDA provider, which cannot load without CUDA 13: ORT logs which library is missing
        // (named without the installation's directories, since the reason is shown by /health/ready).
        // The CPU-only build (-p:OnnxRuntimeFlavor=Cpu) has no CUDA entry point at all.
        var gpuBuild = File.Exists(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libonnxruntime_providers_cuda.so"));
        Assert.That(reason, gpuBuild
            ? Does.Match(@"lib\w+\.so(\.\d+)*: cannot open shared object file").And.Not.Contain("/")
            : Does.Contain("no CUDA execution provider"));
    }

    [Test]
    public void Cuda_OnAMachineWithoutIt_RefusesToStart_WithTheReason()
    {
        using var provider = EngineProviderFactory.Build(
            new Dictionary<string, string?> { ["Inference:ModelDirectory"] = RepoPaths.Models, ["Inference:ExecutionProvider"] = "cuda" });

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<InferenceEngine>())!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("Inference:ExecutionProvider is cuda, but the CUDA execution provider cannot be used: "));
            Assert.That(error.InnerException, Is.InstanceOf<CudaUnavailableException>());
            Assert.That(error.Message, Does.Contain(error.InnerException!.Message));
        });
    }

    [Test]
    public void Cpu_IsReportedWithoutFallbackReason_WhenCpuIsConfigured()
    {
        using var provider = EngineProviderFactory.Build(
            new Dictionary<string, string?> { ["Inference:ModelDirectory"] = RepoPaths.Models, ["Inference:ExecutionProvider"] = "cpu" });

        var status = provider.GetRequiredService<IInferenceStatus>();

        Assert.Multiple(() =>
        {
            Assert.That(status.ExecutionProvider, Is.EqualTo("Cpu"));
            Assert.That(status.FallbackReason, Is.Null);
        });
    }

    [TestCase(null, true)]
    [TestCase("0", true)]
    [TestCase("1", false)]
    public void TelemetryCheck_WarnsUnlessTheLauncherSetTheVariableToOne(string? value, bool warns)
    {
        var logs = new RecordingLoggerProvider();

        InferenceEngine.WarnWhenTelemetryIsOn(logs.CreateLogger("test"), value);

        Assert.That(logs.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.Contains("ORT_DISABLE_TELEMETRY", StringComparison.Ordinal)), Is.EqualTo(warns));
    }

    [Test]
    public void TheTestProcess_StartedWithTelemetryOff_AsEveryLauncherMust()
    {
        Assert.That(Environment.GetEnvironmentVariable("ORT_DISABLE_TELEMETRY"), Is.EqualTo("1"), "tests/test.runsettings or test.sh sets it");
    }

    [Test]
    public void CorruptModelFile_StopsHostStartup_WithAnErrorNamingTheFile()
    {
        _tempModels = CopyModelsWithDamaged("fr_pose.onnx");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Inference:ModelDirectory"] = _tempModels;
        Infrastructure.Faces.FaceEngineServiceCollectionExtensions.AddFaceEngine(builder.Services, builder.Configuration);
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<ModelIntegrityException>(() => host.StartAsync());

        Assert.That(error!.FilePath, Is.EqualTo(Path.Combine(_tempModels, "fr_pose.onnx")));
        Assert.That(error.Message, Does.Contain("fr_pose.onnx").And.Contain("corrupt"));
    }

    [Test]
    public void MissingModelFile_StopsEngineCreation_WithAnErrorNamingTheFile()
    {
        _tempModels = CopyModelsWithDamaged(null);
        File.Delete(Path.Combine(_tempModels, "fr_eye.onnx"));

        var error = Assert.Throws<ModelIntegrityException>(() => new InferenceEngine(new InferenceOptions { ModelDirectory = _tempModels }, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));

        Assert.That(error!.Message, Does.Contain("fr_eye.onnx").And.Contain("missing"));
    }

    [Test]
    public void InvalidOptions_AreRejectedByTheValidator()
    {
        var result = new InferenceOptionsValidator().Validate(null, new InferenceOptions { ModelDirectory = RepoPaths.Models, IntraOpThreads = 0, CudaDeviceId = -1, ExecutionProvider = (ExecutionProviderKind)7 });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("IntraOpThreads").And.Contain("CudaDeviceId").And.Contain("auto, cpu or cuda"));
    }

    /// <summary>A temp model folder: lock linked, models copied, one of them with a flipped byte.</summary>
    private static string CopyModelsWithDamaged(string? damagedFile)
    {
        var directory = Path.Combine(Path.GetTempPath(), "fr-engine-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(RepoPaths.Models))
        {
            var target = Path.Combine(directory, Path.GetFileName(file));
            if (file.EndsWith(".onnx", StringComparison.Ordinal))
            {
                File.Copy(file, target);
            }
            else
            {
                File.CreateSymbolicLink(target, file);
            }
        }

        if (damagedFile is not null)
        {
            var path = Path.Combine(directory, damagedFile);
            var bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 0x5A;
            File.WriteAllBytes(path, bytes);
        }

        return directory;
    }
}
