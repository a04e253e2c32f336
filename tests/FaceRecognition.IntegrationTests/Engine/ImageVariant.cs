using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>A transformed copy of a sample photo and where a point of the original ends up in it.</summary>
internal sealed record ImageVariant(string Name, RgbImage Image, Func<FacePoint, FacePoint> MapPoint);
