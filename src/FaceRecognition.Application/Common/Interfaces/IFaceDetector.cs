using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>Finds faces and their five landmarks; results are ordered by box area, largest first.</summary>
public interface IFaceDetector
{
    IReadOnlyList<DetectedFace> Detect(RgbImage image);
}
