using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// One model in one <see cref="InferenceSession"/>, created once and shared by every request (Run is thread-safe).
/// A run borrows a <see cref="ModelRun"/>: pinned input and output arrays with OrtValues over them, kept in a pool,
/// so the hot path creates no tensors and copies nothing into or out of ORT.
/// </summary>
public sealed class OnnxModel : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly ConcurrentBag<ModelRun> _idle = [];
    private readonly ConcurrentBag<ModelRun> _all = [];
    private long _runTicks;
    private int _disposed;

    public OnnxModel(string name, byte[] modelBytes, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBytes);
        Name = name;
        _session = new InferenceSession(modelBytes, options);
        try
        {
            if (_session.InputMetadata.Count != 1)
            {
                throw new InvalidOperationException($"{name} has {_session.InputMetadata.Count} inputs; the engine supports single-input models only.");
            }

            var (inputName, input) = _session.InputMetadata.Single();
            _inputNames = [inputName];
            InputShape = StaticFloatShape(input, $"input '{inputName}'");
            _outputNames = [.. _session.OutputMetadata.Keys];
            OutputShapes = [.. _session.OutputMetadata.Select(o => StaticFloatShape(o.Value, $"output '{o.Key}'"))];
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    public string Name { get; }

    /// <summary>The input's shape, e.g. [1, 3, 112, 112] (NCHW).</summary>
    public IReadOnlyList<long> InputShape { get; }

    public IReadOnlyList<IReadOnlyList<long>> OutputShapes { get; }

    public IReadOnlyList<string> OutputNames => _outputNames;

    /// <summary>Time spent inside ORT's Run on this model, in <see cref="Stopwatch"/> ticks (for benches).</summary>
    public long RunTicks => Interlocked.Read(ref _runTicks);

    public int OutputIndex(string name)
    {
        var index = Array.IndexOf(_outputNames, name);
        return index >= 0 ? index : throw new ArgumentException($"{Name} has no output '{name}'.", nameof(name));
    }

    /// <summary>Borrows a set of buffers; fill <see cref="ModelRun.Input"/>, call Execute, read the outputs, dispose.</summary>
    public ModelRun Rent()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_idle.TryTake(out var run))
        {
            return run;
        }

        run = new ModelRun(this, InputShape, OutputShapes);
        _all.Add(run);
        return run;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _session.Dispose();
        _runOptions.Dispose();
        foreach (var run in _all)
        {
            run.Release();
        }
    }

    internal void Execute(IReadOnlyCollection<OrtValue> inputs, IReadOnlyCollection<OrtValue> outputs)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var started = Stopwatch.GetTimestamp();
        _session.Run(_runOptions, _inputNames, inputs, _outputNames, outputs);
        Interlocked.Add(ref _runTicks, Stopwatch.GetTimestamp() - started);
    }

    internal void Return(ModelRun run)
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            _idle.Add(run);
        }
    }

    private IReadOnlyList<long> StaticFloatShape(NodeMetadata node, string what)
    {
        if (node.ElementDataType != TensorElementType.Float)
        {
            throw new InvalidOperationException($"{Name} {what} is {node.ElementDataType}; the engine expects float tensors.");
        }

        if (node.Dimensions.Any(d => d <= 0))
        {
            throw new InvalidOperationException($"{Name} {what} has a dynamic shape [{string.Join(',', node.Dimensions)}]; the engine expects static shapes.");
        }

        return [.. node.Dimensions.Select(d => (long)d)];
    }
}
