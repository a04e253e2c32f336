using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// The SSR-Net soft stagewise regression shared by fr_age and fr_gender (lib/fr_age.js, fr_gender.js): box grown
/// 1.4× inside the image, 64×64 RGB with ImageNet normalisation; three stages of 3 bins, each with a bin-width
/// delta and per-bin offsets, merged into one value in [0, 1] before the model-specific range factor.
/// </summary>
public sealed class SsrNetEstimator
{
    public const int InputSize = 64;
    public const float ContextScale = 1.4f;
    private const int StageCount = 3;
    private const int BinsPerStage = 3;
    private static readonly TensorFormat RawRgb = new(PixelOrder.Rgb, 0f, 1f);

    private readonly InferenceSession _session;
    private readonly int[] _probabilityOutputs;
    private readonly int[] _deltaOutputs;
    private readonly int[] _offsetOutputs;

    public SsrNetEstimator(InferenceEngine engine, FaceModel model)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _session = engine.Session(model);
        _probabilityOutputs = [.. Enumerable.Range(1, StageCount).Select(s => _session.OutputIndex($"prob_stage_{s}"))];
        _deltaOutputs = [.. Enumerable.Range(1, StageCount).Select(s => _session.OutputIndex($"stage{s}_delta_k"))];
        _offsetOutputs = [.. Enumerable.Range(1, StageCount).Select(s => _session.OutputIndex($"index_offset_stage{s}"))];
    }

    /// <summary>The merged stagewise estimate before the range factor (age: ×101; gender: as is).</summary>
    public double Estimate(RgbImage image, FaceBox box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var crop = CropRegion.ScaledInside(box, ContextScale, image.Width, image.Height);
        var tensor = new float[3 * InputSize * InputSize];
        ImageOps.CropResizeToTensor(image, crop.X, crop.Y, crop.Width, crop.Height, InputSize, InputSize, RawRgb, tensor);
        ImageNetNormalization.Apply(tensor);
        var outputs = _session.Run(tensor);
        return Merge(
            [.. _probabilityOutputs.Select(i => outputs[i])],
            [.. _deltaOutputs.Select(i => outputs[i][0])],
            [.. _offsetOutputs.Select(i => outputs[i])]);
    }

    /// <summary>
    /// Σ over stages k of Σ_i (i + offset_k,i)·p_k,i / Π_{j≤k} (S·(1 + Δ_j)) with S = 3 bins — the SSR-Net formula
    /// with λ_local = λ_d = 1, as the package uses.
    /// </summary>
    public static double Merge(IReadOnlyList<float[]> probabilities, IReadOnlyList<float> deltas, IReadOnlyList<float[]> offsets)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(deltas);
        ArgumentNullException.ThrowIfNull(offsets);
        double total = 0;
        double divisor = 1;
        for (var stage = 0; stage < StageCount; stage++)
        {
            divisor *= BinsPerStage * (1 + deltas[stage]);
            double stageSum = 0;
            for (var i = 0; i < BinsPerStage; i++)
            {
                stageSum += (i + offsets[stage][i]) * probabilities[stage][i];
            }

            total += stageSum / divisor;
        }

        return total;
    }
}
