using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Application.Galleries.Common;
using MediatR;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Galleries.Queries.MatchFace;

/// <summary>1:N: who in the gallery is this? Nobody at or above the threshold means "access_denied", never the nearest stranger.</summary>
public sealed record MatchFaceQuery(string Gallery, ImageUpload? Image, int? TopK, double? Threshold) : IRequest<MatchFaceResult>, IFaceWorkload;

public sealed record CandidateDto(string SubjectId, string Name, double Similarity);

public sealed record MatchFaceResult(
    string Status,
    string? SubjectId,
    string? Name,
    double? Similarity,
    double Threshold,
    IReadOnlyList<CandidateDto> Candidates,
    UsedFaceDto Face);

public sealed class MatchFaceHandler(FacePipeline pipeline, IFaceIndex index, GalleryLookup lookup, IOptions<RecognitionOptions> options)
    : IRequestHandler<MatchFaceQuery, MatchFaceResult>
{
    public const string Granted = "access_granted";
    public const string Denied = "access_denied";

    public async Task<MatchFaceResult> Handle(MatchFaceQuery request, CancellationToken cancellationToken)
    {
        lookup.EnsureIndexLoaded();
        var gallery = await lookup.GalleryAsync(request.Gallery, cancellationToken);
        var probe = pipeline.EmbedLargestFace(request.Image!);
        var threshold = request.Threshold ?? options.Value.MatchThreshold;
        var topK = request.TopK ?? options.Value.DefaultTopK;

        var matches = index.Search(gallery.Name, probe.Embedding, topK);
        var candidates = matches
            .Select(m => new CandidateDto(m.Subject.ExternalId, m.Subject.Name, Rounding.Score(m.Similarity.Value)))
            .ToList();
        var face = UsedFaceDto.From(probe.Face, probe.FacesFound);

        var best = matches.Count > 0 ? matches[0] : null;
        return best is not null && best.Similarity.IsAtLeast(threshold)
            ? new MatchFaceResult(Granted, best.Subject.ExternalId, best.Subject.Name, Rounding.Score(best.Similarity.Value), threshold, candidates, face)
            : new MatchFaceResult(Denied, null, null, null, threshold, candidates, face);
    }
}
