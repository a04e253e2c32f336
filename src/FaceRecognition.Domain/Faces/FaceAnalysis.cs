namespace FaceRecognition.Domain.Faces;

/// <summary>What can be asked of <c>analyze</c>.</summary>
public enum AnalysisAction
{
    Emotion,
    Age,
    Gender,
    Pose,
    Eyes,
    Liveness,
}

/// <summary>Dominant expression and the probability of each of the seven classes.</summary>
public sealed record EmotionEstimate(string Dominant, IReadOnlyDictionary<string, double> Scores);

/// <summary>Gender as the model estimates it ("female"/"male") with the probability of that answer.</summary>
public sealed record GenderEstimate(string Value, double Confidence);

/// <summary>Head rotation in degrees: yaw (left/right), pitch (up/down), roll (tilt).</summary>
public sealed record HeadPose(double Yaw, double Pitch, double Roll);

/// <summary>Open/closed state of each eye with the probability that it is open.</summary>
public sealed record EyeState(bool LeftOpen, double LeftOpenProbability, bool RightOpen, double RightOpenProbability);

/// <summary>Probability that the face is a live person rather than a photo, screen or mask.</summary>
public sealed record LivenessEstimate(double Score);

/// <summary>The attributes computed for one face; an attribute not asked for is null.</summary>
public sealed record FaceAnalysis(
    EmotionEstimate? Emotion,
    double? Age,
    GenderEstimate? Gender,
    HeadPose? Pose,
    EyeState? Eyes,
    LivenessEstimate? Liveness);
