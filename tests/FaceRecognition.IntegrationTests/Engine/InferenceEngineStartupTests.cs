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
    public void SelectingCuda_OnAMachineWithoutIt_GivesAWorkingEngineOnCpu_WithTheReasonLoggedOnce()
    {
        var logs = new RecordingLoggerProvider();
        using var provider = EngineProviderFactory.Build(
            new Dictionary<string, string?> { ["Inference:ModelDirectory"] = RepoPaths.Models, ["Inference:ExecutionProvider"] = "Cuda" },
            logs);

        var status = provider.GetRequiredService<IInferenceStatus>();
        var engine = provider.GetRequiredService<InferenceEngine>();
        var output = engine.Session(FaceModel.Feature).Run(new float[engine.Session(FaceModel.Feature).InputLength]);

        Assert.Multiple(() =>
        {
            Assert.That(status.ExecutionProvider, Is.EqualTo("Cpu"));
            Assert.That(status.FallbackReason, Is.Not.Null.And.Not.Empty);
            Assert.That(status.ModelsLoaded, Is.True);
            Assert.That(output[0], Has.Length.EqualTo(512));
            Assert.That(output[0].Any(v => v != 0), Is.True);
            Assert.That(
                logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.StartsWith("CUDA execution provider unavailable (", StringComparison.Ordinal) && e.Message.EndsWith("); running on CPU", StringComparison.Ordinal)).ToList(),
                Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Cpu_IsReportedWithoutFallbackReason_WhenCpuIsConfigured()
    {
        var status = EngineFixture.Services.GetRequiredService<IInferenceStatus>();

        Assert.That(status.ExecutionProvider, Is.EqualTo("Cpu"));
        Assert.That(status.FallbackReason, Is.Null);
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
        var result = new InferenceOptionsValidator().Validate(null, new InferenceOptions { ModelDirectory = RepoPaths.Models, IntraOpThreads = 0, CudaDeviceId = -1 });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("IntraOpThreads").And.Contain("CudaDeviceId"));
    }

    /// <summary>A temp model folder: lock and library linked, models copied, one of them with a flipped byte.</summary>
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
