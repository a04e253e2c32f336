using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Application.Galleries.Common;
using FaceRecognition.Domain.Faces;
using MediatR;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Galleries.Commands.EnrollFaces;

/// <summary>
/// Stores one embedding per image for a subject, creating the gallery and the subject when missing.
/// Images without a usable face are reported back, not fatal, unless none is usable.
/// </summary>
public sealed record EnrollFacesCommand(string Gallery, string SubjectId, string? Name, IReadOnlyList<ImageUpload> Images)
    : IRequest<EnrollFacesResult>, IFaceWorkload;

public sealed record RejectedImage(string Image, string Reason);

public sealed record StoredFace(Guid FaceId, int Image, int FacesFound);

public sealed record EnrollFacesResult(string Status, string Gallery, string SubjectId, string Name, int FacesStored, IReadOnlyList<StoredFace> Faces, IReadOnlyList<RejectedImage> Rejected);

public sealed class EnrollFacesHandler(
    FacePipeline pipeline,
    IGalleryStore store,
    IFaceIndex index,
    GalleryLookup lookup,
    IOptions<EnrollmentOptions> options)
    : IRequestHandler<EnrollFacesCommand, EnrollFacesResult>
{
    public async Task<EnrollFacesResult> Handle(EnrollFacesCommand request, CancellationToken cancellationToken)
    {
        // Writes wait for the index: a face added while it loads could be missed or counted twice.
        lookup.EnsureIndexLoaded();
        var accepted = new List<(int Image, EmbeddedFace Face)>();
        var rejected = new List<RejectedImage>();
        for (var i = 0; i < request.Images.Count; i++)
        {
            var label = $"images[{i}]";
            try
            {
                accepted.Add((i, pipeline.EmbedLargestFace(request.Images[i] with { Field = label })));
            }
            catch (Exception ex) when (ex is NoFaceDetectedException or InvalidImageException)
            {
                rejected.Add(new RejectedImage(label, ex.Message));
            }
        }

        if (accepted.Count == 0)
        {
            throw new ValidationException(
                rejected.ToDictionary(r => r.Image, r => new[] { r.Reason }, StringComparer.Ordinal));
        }

        var gallery = await store.GetOrCreateGalleryAsync(request.Gallery, cancellationToken);
        var existing = await store.FindSubjectAsync(gallery.Id, request.SubjectId, cancellationToken);
        var name = string.IsNullOrWhiteSpace(request.Name) ? existing?.Name ?? request.SubjectId : request.Name.Trim();
        var subject = await store.UpsertSubjectAsync(gallery.Id, request.SubjectId, name, cancellationToken);

        var limit = options.Value.MaxFacesPerSubject;
        var stored = await store.AddFacesAsync(
            gallery.Id, subject.Id, accepted.Select(a => a.Face.Embedding).ToList(), pipeline.ModelId, limit, cancellationToken)
            ?? throw new ConflictException(
                $"Subject '{request.SubjectId}' would exceed {limit} faces. Delete some faces first (DELETE …/subjects/{request.SubjectId}/faces/{{faceId}}).");

        // Only after the commit: the index never holds a face the database lacks.
        var subjectRef = new SubjectRef(subject.Id, subject.ExternalId, subject.Name);
        foreach (var face in stored)
        {
            index.Add(new IndexedFace(gallery.Name, subjectRef, face.Id, face.Embedding));
        }

        var storedFaces = stored.Select((f, k) => new StoredFace(f.PublicId, accepted[k].Image, accepted[k].Face.FacesFound)).ToList();
        return new EnrollFacesResult("success", gallery.Name, subject.ExternalId, subject.Name, stored.Count, storedFaces, rejected);
    }
}
