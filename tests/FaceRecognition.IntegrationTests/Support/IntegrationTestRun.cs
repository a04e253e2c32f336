using FaceRecognition.IntegrationTests.Support;

// Root namespace on purpose: a [SetUpFixture] covers only its own namespace and those below it.
namespace FaceRecognition.IntegrationTests;

/// <summary>Run-wide teardown: stops the shared MariaDB (if a test started it) after every fixture has finished.</summary>
[SetUpFixture]
public sealed class IntegrationTestRun
{
    [OneTimeTearDown]
    public Task StopSharedServersAsync() => SharedMariaDb.DisposeAsync();
}
