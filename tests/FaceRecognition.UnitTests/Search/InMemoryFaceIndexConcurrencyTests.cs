using System.Collections.Concurrent;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Infrastructure.Search;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Search;

public sealed class InMemoryFaceIndexConcurrencyTests
{
    [Test]
    [CancelAfter(120_000)]
    public void ConcurrentWritersAndReaders_LoseNothing_AndNeverThrow()
    {
        const int Writers = 3;
        const int Readers = 3;
        const int FacesPerWriter = 600;
        using var index = new InMemoryFaceIndex(Options.Create(new SearchOptions { ExactScanMaxFaces = 300, CandidatePoolSize = 64 }));
        var planned = Enumerable.Range(0, Writers)
            .Select(w => new RandomFaces(100 + w).Gallery("g", FacesPerWriter, 2)
                .Select(f => f with
                {
                    FaceId = (w * FacesPerWriter) + f.FaceId,
                    Subject = f.Subject with { Id = (w * FacesPerWriter) + f.Subject.Id },
                })
                .ToList())
            .ToList();
        var errors = new ConcurrentQueue<Exception>();
        var writersDone = 0;

        var writerTasks = planned.Select(faces => Task.Run(() =>
        {
            try
            {
                for (var i = 0; i < faces.Count; i++)
                {
                    index.Add(faces[i]);
                    if (i % 3 == 2)
                    {
                        index.RemoveFace("g", faces[i - 1].FaceId);
                    }
                }
            }
            catch (InvalidOperationException ex)
            {
                errors.Enqueue(ex);
            }
            catch (ArgumentException ex)
            {
                errors.Enqueue(ex);
            }
            finally
            {
                Interlocked.Increment(ref writersDone);
            }
        })).ToArray();

        var probes = new RandomFaces(7);
        var readerTasks = Enumerable.Range(0, Readers).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            while (Volatile.Read(ref writersDone) < Writers || searches < 10)
            {
                try
                {
                    var result = index.Search("g", probes.Next(), 5);
                    var scores = result.Select(r => r.Similarity.Value).ToList();
                    if (scores.Any(s => s is < -1 or > 1) || !scores.SequenceEqual(scores.OrderDescending()))
                    {
                        errors.Enqueue(new InvalidOperationException("torn or unordered result"));
                    }
                }
                catch (InvalidOperationException ex)
                {
                    errors.Enqueue(ex);
                }
                catch (ArgumentException ex)
                {
                    errors.Enqueue(ex);
                }

                searches++;
            }
        })).ToArray();

        Assert.That(Task.WaitAll([.. writerTasks, .. readerTasks], TimeSpan.FromSeconds(100)), Is.True, "workers did not finish in time");
        Assert.That(errors, Is.Empty);

        var expected = planned.SelectMany(faces => faces.Where((_, i) => i % 3 != 1)).ToList();
        Assert.That(index.FaceCount("g"), Is.EqualTo(expected.Count));
        foreach (var face in expected)
        {
            var top = index.Search("g", face.Embedding, 1)[0];
            Assert.That(top.FaceId, Is.EqualTo(face.FaceId));
        }
    }
}
