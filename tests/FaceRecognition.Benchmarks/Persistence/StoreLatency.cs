using System.Diagnostics;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Galleries;

namespace FaceRecognition.Benchmarks.Persistence;

/// <summary>
/// The store calls one request makes, timed end to end: an enrolment (EnrollFacesHandler: gallery get-or-create,
/// subject lookup, upsert, add one face) and a face deletion (DeleteFaceHandler: one call that finds the face by
/// gallery name, subject id and face_id, and deletes it).
/// </summary>
internal static class StoreLatency
{
    private const string Gallery = "latency";

    public static async Task<(List<double> EnrolMs, List<double> DeleteMs)> MeasureAsync(IGalleryStore store, int runs)
    {
        var random = new Random(7);
        var enrolled = new List<(string Subject, EnrolledFace Face)>(runs);
        var enrolMs = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var subjectId = $"latency-{i}";
            var embedding = Domain.Faces.Embedding.FromBytes(BulkFaces.RandomEmbeddingBytes(random));
            var timer = Stopwatch.StartNew();
            var gallery = await store.GetOrCreateGalleryAsync(Gallery, CancellationToken.None);
            var existing = await store.FindSubjectAsync(gallery.Id, subjectId, CancellationToken.None);
            var subject = await store.UpsertSubjectAsync(gallery.Id, subjectId, existing?.Name ?? subjectId, CancellationToken.None);
            var faces = await store.AddFacesAsync(gallery.Id, subject.Id, [embedding], "bench", 20, CancellationToken.None);
            enrolMs.Add(timer.Elapsed.TotalMilliseconds);
            enrolled.Add((subjectId, faces![0]));
        }

        var deleteMs = new List<double>(runs);
        foreach (var (subjectId, face) in enrolled)
        {
            var timer = Stopwatch.StartNew();
            var deleted = await store.DeleteFaceAsync(Gallery, subjectId, FaceReference.ForPublicId(face.PublicId), CancellationToken.None);
            deleteMs.Add(timer.Elapsed.TotalMilliseconds);
            if (deleted is null)
            {
                throw new InvalidOperationException($"Face {face.PublicId} was not deleted.");
            }
        }

        return (enrolMs, deleteMs);
    }
}
