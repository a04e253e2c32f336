using System.Net;
using System.Text.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Faces;

/// <summary>These machines have no GPU: selecting CUDA must start the service on CPU and say why.</summary>
[TestFixture]
public sealed class CudaSelectionTests
{
    [Test]
    public async Task SelectingCuda_OnAMachineWithoutIt_RunsOnCpu_AndReportsTheReason()
    {
        await using var service = new TestService(new Dictionary<string, string?> { ["Inference:ExecutionProvider"] = "Cuda" });
        using var client = service.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var models = JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("models").GetProperty("detail").GetString();
        Assert.That(models, Does.StartWith("execution provider Cpu"));
        Assert.That(models, Does.Contain("CUDA requested but unavailable"));

        var log = Directory.GetFiles(Path.Combine(service.DataDirectory, "logs"), "app*.log").Single();
        string text;
        using (var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream))
        {
            text = await reader.ReadToEndAsync();
        }

        Assert.That(text, Does.Contain("running on CPU"));
    }
}
