using System.Numerics.Tensors;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Benchmarks.Calibration.OpenSet;

/// <summary>How an open-set run was made up.</summary>
internal sealed record OpenSetSetup(
    int EnrolledSubjects,
    int Templates,
    int SubjectsWithoutUsableTemplate,
    int GenuineProbes,
    int Strangers,
    int RefusedGenuineProbes,
    int RefusedStrangers);

/// <summary>
/// The open-set 1:N proxy on a labelled folder: people with at least three photos are enrolled from their first
/// <see cref="PhotosEnrolled"/> (a photo the service would refuse is skipped, as enrolment would reject it) and their
/// other photos are genuine probes; people with one photo are strangers. Probes are answered by the service's own
/// search (<c>IFaceIndex</c>, top 1). A refused probe (no face) is denied, as the service answers 422.
/// </summary>
internal static class OpenSetProxy
{
    public const int PhotosEnrolled = 2;
    public const int MinimumPhotosToEnrol = 3;
    private const string Gallery = "open-set-proxy";

    public static (OpenSetSetup Setup, OpenSetResults Results) Run(ServicePipeline pipeline, LabelledFolder folder, PhotoReadings readings)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(readings);
        var index = pipeline.Index;
        index.RemoveGallery(Gallery);
        long subjectId = 0, faceId = 0;
        int enrolled = 0, templates = 0, withoutTemplate = 0;
        var genuineProbes = new List<(string Person, string Photo)>();
        foreach (var (person, photos) in folder.Photos.Where(p => p.Value.Count >= MinimumPhotosToEnrol))
        {
            var usable = photos.Take(PhotosEnrolled).Select(p => readings[p].Embedding).OfType<Embedding>().ToList();
            if (usable.Count == 0)
            {
                withoutTemplate++;
                continue;
            }

            var subject = new SubjectRef(++subjectId, person, person);
            foreach (var embedding in usable)
            {
                index.Add(new IndexedFace(Gallery, subject, ++faceId, embedding));
                templates++;
            }

            enrolled++;
            genuineProbes.AddRange(photos.Skip(PhotosEnrolled).Select(p => (person, p)));
        }

        var strangers = folder.Photos.Where(p => p.Value.Count == 1).Select(p => p.Value[0]).ToList();
        var probes = genuineProbes.Select(p => Identify(index, readings[p.Photo], p.Person))
            .Concat(strangers.Select(s => Identify(index, readings[s], null)))
            .ToList();
        var setup = new OpenSetSetup(
            enrolled,
            templates,
            withoutTemplate,
            genuineProbes.Count,
            strangers.Count,
            genuineProbes.Count(p => !readings[p.Photo].HasFace),
            strangers.Count(s => !readings[s].HasFace));
        index.RemoveGallery(Gallery);
        return (setup, new OpenSetResults(probes));
    }

    /// <summary>
    /// The stranger × template matrix for the gallery-size curve: every embedded photo of people with two or more
    /// photos is a template, every embedded stranger photo a probe. Exact dot products (embeddings are unit length).
    /// </summary>
    public static GallerySizeCurve GallerySizeCurve(LabelledFolder folder, PhotoReadings readings)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(readings);
        var pool = folder.Photos.Where(p => p.Value.Count >= 2).SelectMany(p => p.Value)
            .Select(p => readings[p].Embedding).OfType<Embedding>().ToList();
        var strangers = folder.Photos.Where(p => p.Value.Count == 1)
            .Select(p => readings[p.Value[0]].Embedding).OfType<Embedding>().ToList();
        var matrix = new float[strangers.Count][];
        Parallel.For(0, strangers.Count, s =>
        {
            var row = new float[pool.Count];
            for (var t = 0; t < pool.Count; t++)
            {
                row[t] = TensorPrimitives.Dot(strangers[s].Values, pool[t].Values);
            }

            matrix[s] = row;
        });
        return new GallerySizeCurve(matrix);
    }

    private static Identification Identify(IFaceIndex index, PhotoReading probe, string? truth)
    {
        if (probe.Embedding is null)
        {
            return new Identification(truth, null, double.NegativeInfinity, probe.Photo);
        }

        var best = index.Search(Gallery, probe.Embedding, 1);
        return best.Count == 0
            ? new Identification(truth, null, double.NegativeInfinity, probe.Photo)
            : new Identification(truth, best[0].Subject.ExternalId, best[0].Similarity.Value, probe.Photo);
    }
}
