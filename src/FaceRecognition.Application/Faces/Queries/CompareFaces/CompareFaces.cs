using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using MediatR;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Faces.Queries.CompareFaces;

/// <summary>Are the largest faces of two photos the same person?</summary>
public sealed record CompareFacesQuery(ImageUpload? ReferenceImage, ImageUpload? LiveImage) : IRequest<CompareFacesResult>, IFaceWorkload;

public sealed record CompareFacesResult(bool Identical, double Similarity, double Threshold, UsedFaceDto ReferenceFace, UsedFaceDto LiveFace);

public sealed class CompareFacesHandler(FacePipeline pipeline, IOptions<RecognitionOptions> options)
    : IRequestHandler<CompareFacesQuery, CompareFacesResult>
{
    public Task<CompareFacesResult> Handle(CompareFacesQuery request, CancellationToken cancellationToken)
    {
        var reference = pipeline.EmbedLargestFace(request.ReferenceImage!);
        var live = pipeline.EmbedLargestFace(request.LiveImage!);
        var similarity = reference.Embedding.SimilarityTo(live.Embedding);
        var threshold = options.Value.MatchThreshold;
        return Task.FromResult(new CompareFacesResult(
            similarity.IsAtLeast(threshold),
            Rounding.Score(similarity.Value),
            threshold,
            UsedFaceDto.From(reference.Face, reference.FacesFound),
            UsedFaceDto.From(live.Face, live.FacesFound)));
    }
}
