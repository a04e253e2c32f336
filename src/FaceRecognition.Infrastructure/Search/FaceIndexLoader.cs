using System.Diagnostics;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Persistence.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FaceRecognition.Infrastructure.Search;

/// <summary>
/// Fills the in-memory index from the database at start-up, after the migrations. When the database is down the
/// service still starts (searches and writes answer 503 until the index is loaded) and the load is retried.
/// </summary>
internal sealed class FaceIndexLoader(
    InMemoryFaceIndex index,
    IGalleryStore store,
    DatabaseMigrator migrator,
    ILogger<FaceIndexLoader> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _background;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (migrator.IsUpToDate && await TryLoadAsync(cancellationToken))
        {
            return;
        }

        _background = Task.Run(() => LoadWhenDatabaseIsBackAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_background is not null)
        {
            await _background.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task LoadWhenDatabaseIsBackAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryDelay, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (migrator.IsUpToDate && await TryLoadAsync(stopping))
            {
                return;
            }
        }
    }

#pragma warning disable CA1031 // A failed load must not stop the host; it is logged and retried.
    private async Task<bool> TryLoadAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var count = 0;
        try
        {
            await foreach (var face in store.ReadAllFacesAsync(cancellationToken))
            {
                index.Add(face);
                count++;
            }

            index.MarkLoaded();
            logger.LogInformation("Face index loaded: {Count} faces in {ElapsedMs:0} ms", count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Loading the face index failed after {Count} faces; retrying", count);
            return false;
        }
    }
#pragma warning restore CA1031
}
