using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Models;

namespace FaceRecognition.UnitTests.Architecture;

/// <summary>Every request that carries an upload goes through the face workload limiter.</summary>
[TestFixture]
public sealed class FaceWorkloadTests
{
    [Test]
    public void EveryRequestWithAnImageUpload_IsMarkedAsAFaceWorkload()
    {
        var requests = typeof(FaceRecognition.Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>)))
            .Where(t => t.GetProperties().Any(p => p.PropertyType == typeof(ImageUpload)
                || p.PropertyType == typeof(IReadOnlyList<ImageUpload>)))
            .ToList();

        Assert.That(requests, Is.Not.Empty);
        Assert.That(requests.Where(t => !typeof(IFaceWorkload).IsAssignableFrom(t)).Select(t => t.Name), Is.Empty);
    }

    [Test]
    public async Task Limiter_LetsOnlyTheConfiguredNumberRunAtOnce()
    {
        using var limiter = new FaceWorkloadLimiter(Microsoft.Extensions.Options.Options.Create(
            new FaceRecognition.Application.Common.Options.ApplicationOptions { MaxConcurrentFaceRequests = 2 }));
        await limiter.WaitAsync(CancellationToken.None);
        await limiter.WaitAsync(CancellationToken.None);
        var third = limiter.WaitAsync(CancellationToken.None);
        Assert.That(third.IsCompleted, Is.False);
        limiter.Release();
        await third.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(third.IsCompletedSuccessfully, Is.True);
    }
}
