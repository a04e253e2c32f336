namespace FaceRecognition.Infrastructure.Inference;

/// <summary>The nine ONNX models of the face engine; each maps to <c>fr_&lt;name&gt;.onnx</c> in the model folder.</summary>
public enum FaceModel
{
    Detect,
    Landmark,
    Feature,
    Liveness,
    Expression,
    Age,
    Gender,
    Pose,
    Eye,
}
