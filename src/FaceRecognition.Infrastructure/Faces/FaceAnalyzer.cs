using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>Runs only the requested attribute models for one face and gathers their answers.</summary>
public sealed class FaceAnalyzer(
    InferenceEngine engine,
    EmotionEstimator emotion,
    HeadPoseEstimator pose,
    EyeStateEstimator eyes,
    ILivenessDetector liveness) : IFaceAnalyzer
{
    /// <summary>SSR-Net's age range factor V (lib/fr_age.js).</summary>
    public const double AgeRange = 101;

    private readonly SsrNetEstimator _age = new(engine, FaceModel.Age);
    private readonly SsrNetEstimator _gender = new(engine, FaceModel.Gender);

    public FaceAnalysis Analyze(RgbImage image, DetectedFace face, IReadOnlySet<AnalysisAction> actions)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(actions);
        return new FaceAnalysis(
            actions.Contains(AnalysisAction.Emotion) ? emotion.Estimate(image, face.Box) : null,
            actions.Contains(AnalysisAction.Age) ? Math.Clamp(_age.Estimate(image, face.Box) * AgeRange, 0, AgeRange) : null,
            actions.Contains(AnalysisAction.Gender) ? Gender(image, face.Box) : null,
            actions.Contains(AnalysisAction.Pose) ? pose.Estimate(image, face.Box) : null,
            actions.Contains(AnalysisAction.Eyes) ? eyes.Estimate(image, face) : null,
            actions.Contains(AnalysisAction.Liveness) ? liveness.Estimate(image, face) : null);
    }

    /// <summary>SSR-Net gender regresses towards 1 for male and 0 for female (checked on the samples, docs/models.md).</summary>
    private GenderEstimate Gender(RgbImage image, FaceBox box)
    {
        var male = Math.Clamp(_gender.Estimate(image, box), 0, 1);
        return male >= 0.5 ? new GenderEstimate("male", male) : new GenderEstimate("female", 1 - male);
    }
}
