namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// Per-channel ImageNet normalisation ((v/255 − mean_c)/std_c, RGB) applied in place to a planar tensor holding raw
/// 0–255 values. ImageOps' TensorFormat has one mean and scale for all channels, so the SSR-Net and pose models,
/// which were trained with per-channel statistics, get this second pass.
/// </summary>
public static class ImageNetNormalization
{
    private static readonly float[] Mean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] Std = [0.229f, 0.224f, 0.225f];

    public static void Apply(Span<float> rgbPlanes)
    {
        if (rgbPlanes.Length % 3 != 0)
        {
            throw new ArgumentException("Expected three equal planes.", nameof(rgbPlanes));
        }

        var plane = rgbPlanes.Length / 3;
        for (var c = 0; c < 3; c++)
        {
            var scale = 1f / (255f * Std[c]);
            var offset = Mean[c] / Std[c];
            foreach (ref var v in rgbPlanes.Slice(c * plane, plane))
            {
                v = (v * scale) - offset;
            }
        }
    }
}
