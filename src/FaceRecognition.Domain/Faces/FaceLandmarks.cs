namespace FaceRecognition.Domain.Faces;

/// <summary>The five points used for alignment: eye centres, nose tip, mouth corners (left/right as seen in the image).</summary>
public sealed record FaceLandmarks(FacePoint LeftEye, FacePoint RightEye, FacePoint Nose, FacePoint MouthLeft, FacePoint MouthRight)
{
    public IReadOnlyList<FacePoint> ToList() => [LeftEye, RightEye, Nose, MouthLeft, MouthRight];
}
