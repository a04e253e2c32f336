using Microsoft.ML.OnnxRuntime;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// A model's input and output buffers: arrays pinned for their lifetime with OrtValues made over them once. Borrowed
/// from <see cref="OnnxModel.Rent"/>; <see cref="Dispose"/> hands it back for the next run (it is not freed).
/// </summary>
public sealed class ModelRun : IDisposable
{
    private readonly OnnxModel _model;
    private readonly float[][] _outputs;
    private readonly OrtValue[] _inputValues;
    private readonly OrtValue[] _outputValues;

    internal ModelRun(OnnxModel model, IReadOnlyList<long> inputShape, IReadOnlyList<IReadOnlyList<long>> outputShapes)
    {
        _model = model;
        Input = PinnedArray(inputShape);
        _outputs = [.. outputShapes.Select(PinnedArray)];
        _inputValues = [OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, Input.AsMemory(), [.. inputShape])];
        _outputValues = [.. _outputs.Select((o, i) => OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, o.AsMemory(), [.. outputShapes[i]]))];
    }

    /// <summary>The input tensor, NCHW, exactly as many floats as the model takes; pinned, so it may back a native image header.</summary>
    public float[] Input { get; }

    /// <summary>Output <paramref name="index"/> of the last <see cref="Execute"/> (order of <see cref="OnnxModel.OutputNames"/>).</summary>
    public ReadOnlySpan<float> Output(int index) => _outputs[index];

    public void Execute() => _model.Execute(_inputValues, _outputValues);

    public void Dispose() => _model.Return(this);

    internal void Release()
    {
        foreach (var value in _inputValues.Concat(_outputValues))
        {
            value.Dispose();
        }
    }

    private static float[] PinnedArray(IReadOnlyList<long> shape) =>
        GC.AllocateArray<float>(checked((int)shape.Aggregate(1L, (a, b) => a * b)), pinned: true);
}
