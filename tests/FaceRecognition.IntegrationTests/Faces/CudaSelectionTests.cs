using System.Net;
using System.Text.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Faces;

/// <summary>These machines have no GPU: the default (auto) must start the service on CPU and say why; cuda must refuse.</summary>
[TestFixture]
public sealed class CudaSelectionTests
{
    [Test]
    public async Task Auto_OnAMachineWithoutCuda_RunsOnCpu_AndHealthAndTheLogSayWhy()
    {
        await using var service = new TestService(new Dictionary<string, string?> { ["Inference:ExecutionProvider"] = "auto" });
        using var client = service.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var models = JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("models").GetProperty("detail").GetString();
        Assert.That(models, Does.StartWith("execution provider Cpu"));
        Assert.That(models, Does.Contain("fell back to CPU: "));

        var text = await ReadLogAsync(service);
        Assert.That(text, Does.Contain("CUDA execution provider unavailable (").And.Contain("); running on CPU"));
        Assert.That(text, Does.Match(@"ONNX Runtime 1\.31\.\d+ loaded 9 models from .* on Cpu \(configured: auto\)"));
    }

    [Test]
    public async Task Cuda_OnAMachineWithoutIt_RefusesToStart_SayingWhy()
    {
        await using var service = new TestService(new Dictionary<string, string?> { ["Inference:ExecutionProvider"] = "cuda" });

        var failure = Assert.Catch(() => service.CreateClient())!;

        var messages = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        Assert.That(messages, Has.Some.StartsWith("Inference:ExecutionProvider is cuda, but the CUDA execution provider cannot be used: "));
    }

    private static async Task<string> ReadLogAsync(TestService service)
    {
        var log = Directory.GetFiles(Path.Combine(service.DataDirectory, "logs"), "app*.log").Single();
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
