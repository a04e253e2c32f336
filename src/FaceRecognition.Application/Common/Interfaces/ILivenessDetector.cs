using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>Passive anti-spoofing: how likely the face is a live person in front of the camera.</summary>
public interface ILivenessDetector
{
    LivenessEstimate Estimate(RgbImage image, DetectedFace face);
}
