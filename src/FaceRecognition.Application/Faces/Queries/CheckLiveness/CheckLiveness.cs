using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using MediatR;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Faces.Queries.CheckLiveness;

/// <summary>Is the largest face in the photo a live person (not a printed photo, a screen or a mask)?</summary>
public sealed record CheckLivenessQuery(ImageUpload? Image) : IRequest<CheckLivenessResult>, IFaceWorkload;

public sealed record CheckLivenessResult(bool IsReal, double Score, double Threshold, UsedFaceDto Face);

public sealed class CheckLivenessHandler(FacePipeline pipeline, ILivenessDetector liveness, IOptions<RecognitionOptions> options)
    : IRequestHandler<CheckLivenessQuery, CheckLivenessResult>
{
    public Task<CheckLivenessResult> Handle(CheckLivenessQuery request, CancellationToken cancellationToken)
    {
        var sample = pipeline.LargestFace(request.Image!);
        var estimate = liveness.Estimate(sample.Image, sample.Face);
        var threshold = options.Value.LivenessThreshold;
        return Task.FromResult(new CheckLivenessResult(
            estimate.Score >= threshold,
            Rounding.Score(estimate.Score),
            threshold,
            UsedFaceDto.From(sample.Face, sample.FacesFound)));
    }
}
