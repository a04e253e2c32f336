using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Domain.Faces;
using MediatR;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Faces.Queries.AnalyzeFaces;

/// <summary>
/// Attributes of every face in a photo. <see cref="Actions"/> is a comma-separated subset of
/// emotion, age, gender, pose, eyes, liveness; empty means all.
/// </summary>
public sealed record AnalyzeFacesQuery(ImageUpload? Image, string? Actions) : IRequest<AnalyzeFacesResult>, IFaceWorkload;

public sealed record EmotionDto(string Dominant, IReadOnlyDictionary<string, double> Scores);

public sealed record GenderDto(string Value, double Confidence);

public sealed record PoseDto(double Yaw, double Pitch, double Roll);

public sealed record EyesDto(bool LeftOpen, double LeftOpenProbability, bool RightOpen, double RightOpenProbability);

public sealed record LivenessDto(bool IsReal, double Score, double Threshold);

public sealed record AnalyzedFaceDto(
    BoxDto Box,
    double Score,
    EmotionDto? Emotion,
    double? Age,
    GenderDto? Gender,
    PoseDto? Pose,
    EyesDto? Eyes,
    LivenessDto? Liveness);

public sealed record AnalyzeFacesResult(IReadOnlyList<string> Actions, IReadOnlyList<AnalyzedFaceDto> Faces);

public sealed class AnalyzeFacesHandler(FacePipeline pipeline, IFaceAnalyzer analyzer, IOptions<RecognitionOptions> options)
    : IRequestHandler<AnalyzeFacesQuery, AnalyzeFacesResult>
{
    public Task<AnalyzeFacesResult> Handle(AnalyzeFacesQuery request, CancellationToken cancellationToken)
    {
        var actions = AnalysisActions.Parse(request.Actions);
        var (image, faces) = pipeline.DetectAtLeastOne(request.Image!);

        var threshold = options.Value.LivenessThreshold;
        var results = faces
            .Select(face => ToDto(face, analyzer.Analyze(image, face, actions), threshold))
            .ToList();
        var names = actions.Select(a => a.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        return Task.FromResult(new AnalyzeFacesResult(names, results));
    }

    private static AnalyzedFaceDto ToDto(DetectedFace face, FaceAnalysis a, double livenessThreshold) => new(
        BoxDto.From(face.Box),
        Rounding.Score(face.Score),
        a.Emotion is null ? null : new EmotionDto(a.Emotion.Dominant, a.Emotion.Scores.ToDictionary(kv => kv.Key, kv => Rounding.Score(kv.Value))),
        a.Age is null ? null : Math.Round(a.Age.Value, 1),
        a.Gender is null ? null : new GenderDto(a.Gender.Value, Rounding.Score(a.Gender.Confidence)),
        a.Pose is null ? null : new PoseDto(Math.Round(a.Pose.Yaw, 1), Math.Round(a.Pose.Pitch, 1), Math.Round(a.Pose.Roll, 1)),
        a.Eyes is null ? null : new EyesDto(a.Eyes.LeftOpen, Rounding.Score(a.Eyes.LeftOpenProbability), a.Eyes.RightOpen, Rounding.Score(a.Eyes.RightOpenProbability)),
        a.Liveness is null ? null : new LivenessDto(a.Liveness.Score >= livenessThreshold, Rounding.Score(a.Liveness.Score), livenessThreshold));
}
