using FaceRecognition.Application.Common.Options;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Common.Behaviours;

/// <summary>
/// How many face workloads may run at once. More than the cores buys no speed, and each one may hold a large decoded
/// image, so a burst of uploads queues here instead of exhausting memory.
/// </summary>
public sealed class FaceWorkloadLimiter(IOptions<ApplicationOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Slots(options.Value), Slots(options.Value));

    public Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();

    private static int Slots(ApplicationOptions options) =>
        options.MaxConcurrentFaceRequests > 0 ? options.MaxConcurrentFaceRequests : Environment.ProcessorCount * 2;
}
