using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Application.Galleries.Common;
using MediatR;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Galleries.Queries.VerifySubject;

/// <summary>1:1: is this the enrolled subject? Scored against the subject's most similar enrolled face.</summary>
public sealed record VerifySubjectQuery(string Gallery, string SubjectId, ImageUpload? Image, double? Threshold) : IRequest<VerifySubjectResult>, IFaceWorkload;

public sealed record VerifySubjectResult(bool Verified, string SubjectId, double Similarity, double Threshold, UsedFaceDto Face);

public sealed class VerifySubjectHandler(FacePipeline pipeline, IFaceIndex index, GalleryLookup lookup, IOptions<RecognitionOptions> options)
    : IRequestHandler<VerifySubjectQuery, VerifySubjectResult>
{
    public async Task<VerifySubjectResult> Handle(VerifySubjectQuery request, CancellationToken cancellationToken)
    {
        lookup.EnsureIndexLoaded();
        var (gallery, subject) = await lookup.SubjectAsync(request.Gallery, request.SubjectId, cancellationToken);
        var probe = pipeline.EmbedLargestFace(request.Image!);
        var threshold = request.Threshold ?? options.Value.MatchThreshold;
        var best = index.BestOfSubject(gallery.Name, subject.Id, probe.Embedding);
        var similarity = best?.Similarity.Value ?? -1.0;
        return new VerifySubjectResult(
            best is not null && best.Similarity.IsAtLeast(threshold),
            subject.ExternalId,
            Rounding.Score(similarity),
            threshold,
            UsedFaceDto.From(probe.Face, probe.FacesFound));
    }
}
