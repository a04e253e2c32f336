using FaceRecognition.IntegrationTests.Support;

// Root namespace on purpose: a [SetUpFixture] covers only its own namespace and those below it.
namespace FaceRecognition.IntegrationTests;

/// <summary>Run-wide teardown: stops the shared MariaDB (if a test started it) and releases the shared engine.</summary>
[SetUpFixture]
public sealed class IntegrationTestRun
{
    [OneTimeTearDown]
    public async Task StopSharedServersAsync()
    {
        await SharedMariaDb.DisposeAsync();
        TestEngine.Dispose();
    }
}
