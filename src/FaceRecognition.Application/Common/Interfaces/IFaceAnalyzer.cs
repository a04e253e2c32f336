using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>Estimates attributes of a detected face; only the requested actions are computed.</summary>
public interface IFaceAnalyzer
{
    FaceAnalysis Analyze(RgbImage image, DetectedFace face, IReadOnlySet<AnalysisAction> actions);
}
