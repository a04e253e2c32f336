namespace FaceRecognition.Infrastructure.Inference;

public static class FaceModelExtensions
{
    public static string FileName(this FaceModel model) => model switch
    {
        FaceModel.Detect => "fr_detect.onnx",
        FaceModel.Landmark => "fr_landmark.onnx",
        FaceModel.Feature => "fr_feature.onnx",
        FaceModel.Liveness => "fr_liveness.onnx",
        FaceModel.Expression => "fr_expression.onnx",
        FaceModel.Age => "fr_age.onnx",
        FaceModel.Gender => "fr_gender.onnx",
        FaceModel.Pose => "fr_pose.onnx",
        FaceModel.Eye => "fr_eye.onnx",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown face model."),
    };
}
