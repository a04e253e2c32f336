namespace FaceRecognition.IntegrationTests.Support;

/// <summary>
/// One private MariaDB per test run, started on first use and killed when the run ends (by
/// <see cref="IntegrationTestRun"/>, with a process-exit hook as a fallback).
/// </summary>
public static class SharedMariaDb
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MariaDbServer? _server;

    public static async Task<MariaDbServer> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_server is null)
            {
                _server = await MariaDbServer.StartNewAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return _server;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task DisposeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
                _server = null;
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
