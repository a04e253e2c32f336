using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// The SSR-Net soft stagewise regression shared by fr_age and fr_gender (lib/fr_age.js, fr_gender.js): box grown
/// 1.4× inside the image, 64×64 BGR with the ImageNet statistics applied by channel index; three stages of 3 bins, each with a bin-width
/// delta and per-bin offsets, merged into one value in [0, 1] before the model-specific range factor.
/// </summary>
public sealed class SsrNetEstimator
{
    public const float ContextScale = 1.4f;
    private const int StageCount = 3;
    private const int BinsPerStage = 3;

    private readonly FaceCropModel _model;
    private readonly int[] _probabilityOutputs;
    private readonly int[] _deltaOutputs;
    private readonly int[] _offsetOutputs;

    public SsrNetEstimator(InferenceEngine engine, FaceModel model)
    {
        ArgumentNullException.ThrowIfNull(engine);

        // BGR, measured: on the 22 women of the samples BGR gives 17 "female", RGB only 9 (docs/models.md).
        _model = new FaceCropModel(engine.Model(model), TensorFormat.ImageNet(PixelOrder.Bgr));
        _probabilityOutputs = [.. Enumerable.Range(1, StageCount).Select(s => _model.OutputIndex($"prob_stage_{s}"))];
        _deltaOutputs = [.. Enumerable.Range(1, StageCount).Select(s => _model.OutputIndex($"stage{s}_delta_k"))];
        _offsetOutputs = [.. Enumerable.Range(1, StageCount).Select(s => _model.OutputIndex($"index_offset_stage{s}"))];
    }

    /// <summary>The merged stagewise estimate before the range factor (age: ×101; gender: as is).</summary>
    public double Estimate(RgbImage image, FaceBox box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (run, _) = _model.Run(image, CropRegion.ScaledInside(box, ContextScale, image.Width, image.Height));
        using (run)
        {
            return Merge(
                [.. _probabilityOutputs.Select(i => run.Output(i).ToArray())],
                [.. _deltaOutputs.Select(i => run.Output(i)[0])],
                [.. _offsetOutputs.Select(i => run.Output(i).ToArray())]);
        }
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
