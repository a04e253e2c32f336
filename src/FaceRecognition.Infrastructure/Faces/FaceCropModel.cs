using System.Numerics.Tensors;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// The recipe every per-face model shares: a region around the face, cut from the coarsest decoded scale that still
/// has the model's input size in pixels (<see cref="ImageLevels.ForRegion"/>), resized to the model's square input,
/// written into a pooled input tensor in the model's format, and run.
/// </summary>
public sealed class FaceCropModel
{
    private readonly OnnxModel _model;
    private readonly TensorFormat _format;

    public FaceCropModel(OnnxModel model, TensorFormat format)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(format);
        var shape = model.InputShape;
        if (shape.Count != 4 || shape[0] != 1 || shape[1] != format.Channels || shape[2] != shape[3])
        {
            throw new InvalidOperationException(
                $"{model.Name} takes [{string.Join(',', shape)}]; a face crop model takes one square {format.Channels}-channel image.");
        }

        _model = model;
        _format = format;
        InputSize = (int)shape[2];
    }

    public int InputSize { get; }

    public int OutputIndex(string name) => _model.OutputIndex(name);

    /// <summary>
    /// Runs the model on <paramref name="region"/> (full-resolution coordinates; outside the image reads black). The
    /// caller reads the outputs and disposes the run; <c>Region</c> is the region actually cut (whole level pixels).
    /// </summary>
    public (ModelRun Run, FaceBox Region) Run(RgbImage image, FaceBox region)
    {
        var level = ImageLevels.ForRegion(image, Math.Min(region.Width, region.Height), InputSize);
        var (crop, cut) = ImageCrops.CropResize(level, region, InputSize, InputSize);
        using (crop)
        {
            var run = _model.Rent();
            try
            {
                TensorWriter.Write(crop, _format, run.Input);
                run.Execute();
                return (run, cut);
            }
            catch
            {
                run.Dispose();
                throw;
            }
        }
    }

    /// <summary>The softmax of output <paramref name="output"/> for <paramref name="region"/>.</summary>
    public float[] Probabilities(RgbImage image, FaceBox region, int output = 0)
    {
        var (run, _) = Run(image, region);
        using (run)
        {
            return Softmax(run.Output(output));
        }
    }

    public static float[] Softmax(ReadOnlySpan<float> logits)
    {
        var probabilities = new float[logits.Length];
        TensorPrimitives.SoftMax(logits, probabilities);
        return probabilities;
    }
}
