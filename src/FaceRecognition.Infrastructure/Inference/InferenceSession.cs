using System.Diagnostics;
using System.Runtime.InteropServices;
using FaceRecognition.Infrastructure.Inference.Native;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>
/// One loaded model with a single float input. Created once and shared: ORT's Run is thread-safe on one session,
/// and each call here owns its input/output values. The input tensor wraps the caller's pinned span (zero-copy,
/// pinned until the value is released); outputs are copied into managed arrays and released before returning.
/// </summary>
public sealed unsafe class InferenceSession : IDisposable
{
    private const int ElementTypeFloat = 1;

    private readonly OrtEnvironment _environment;
    private readonly OrtSessionHandle _session;
    private readonly long[] _inputShape;
    private readonly string[] _outputNames;
    private readonly nint _inputName;
    private readonly nint* _outputNamePointers;
    private long _runTicks;
    private int _disposed;

    private InferenceSession(OrtEnvironment environment, OrtSessionHandle session, string modelFile, string inputName, long[] inputShape, string[] outputNames)
    {
        _environment = environment;
        _session = session;
        ModelFile = modelFile;
        _inputShape = inputShape;
        _outputNames = outputNames;
        InputLength = checked((int)inputShape.Aggregate(1L, (a, b) => a * b));

        // Names are handed to every Run as UTF-8 C strings; keep one native copy for the session's lifetime.
        _inputName = Marshal.StringToCoTaskMemUTF8(inputName);
        _outputNamePointers = (nint*)NativeMemory.Alloc((nuint)outputNames.Length, (nuint)sizeof(nint));
        for (var i = 0; i < outputNames.Length; i++)
        {
            _outputNamePointers[i] = Marshal.StringToCoTaskMemUTF8(outputNames[i]);
        }
    }

    public string ModelFile { get; }

    /// <summary>The model's input shape, e.g. [1, 3, 112, 112].</summary>
    public IReadOnlyList<long> InputShape => _inputShape;

    /// <summary>How many floats <see cref="Run"/> expects.</summary>
    public int InputLength { get; }

    public IReadOnlyList<string> OutputNames => _outputNames;

    /// <summary>Total time spent inside the native Run call on this session, in <see cref="Stopwatch"/> ticks.</summary>
    public long RunTicks => Interlocked.Read(ref _runTicks);

    internal static InferenceSession Create(OrtEnvironment environment, OrtSessionOptionsHandle options, string modelFile, byte[] modelBytes)
    {
        var api = environment.Api;
        nint raw = 0;
        fixed (byte* model = modelBytes)
        {
            api.Check(api.CreateSessionFromArray(environment.Env.DangerousGetHandle(), model, (nuint)modelBytes.Length, options.DangerousGetHandle(), &raw));
        }

        var session = new OrtSessionHandle(api, raw);
        try
        {
            var metadata = new SessionMetadataReader(environment, raw);
            var inputCount = metadata.InputCount();
            if (inputCount != 1)
            {
                throw new InvalidOperationException($"{modelFile} has {inputCount} inputs; the engine supports single-input models only.");
            }

            var inputShape = metadata.InputShape(0);
            if (inputShape.Any(d => d <= 0))
            {
                throw new InvalidOperationException($"{modelFile} has a dynamic input shape [{string.Join(',', inputShape)}]; the engine expects static shapes.");
            }

            var outputNames = Enumerable.Range(0, metadata.OutputCount()).Select(metadata.OutputName).ToArray();
            return new InferenceSession(environment, session, modelFile, metadata.InputName(0), inputShape, outputNames);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public int OutputIndex(string name)
    {
        var index = Array.IndexOf(_outputNames, name);
        return index >= 0 ? index : throw new ArgumentException($"{ModelFile} has no output '{name}'.", nameof(name));
    }

    /// <summary>Runs the model on <paramref name="input"/> (exactly <see cref="InputLength"/> floats, NCHW); returns every output in <see cref="OutputNames"/> order.</summary>
    public float[][] Run(ReadOnlySpan<float> input)
    {
        if (input.Length != InputLength)
        {
            // Checked here so a wrong size is an ordinary exception, never a read past the buffer in native code.
            throw new ArgumentException($"{ModelFile} expects {InputLength} input values, got {input.Length}.", nameof(input));
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var api = _environment.Api;
        var outputCount = _outputNames.Length;
        var outputs = stackalloc nint[outputCount];
        new Span<nint>(outputs, outputCount).Clear();
        nint inputValue = 0;
        var sessionAdded = false;
        _session.DangerousAddRef(ref sessionAdded);
        try
        {
            fixed (float* data = input)
            fixed (long* shape = _inputShape)
            {
                api.Check(api.CreateTensorWithDataAsOrtValue(
                    _environment.CpuMemory.DangerousGetHandle(), data, (nuint)(input.Length * sizeof(float)), shape, (nuint)_inputShape.Length, ElementTypeFloat, &inputValue));
                var inputName = _inputName;
                var started = Stopwatch.GetTimestamp();
                var status = api.Run(_session.DangerousGetHandle(), 0, &inputName, &inputValue, 1, _outputNamePointers, (nuint)outputCount, outputs);
                Interlocked.Add(ref _runTicks, Stopwatch.GetTimestamp() - started);
                api.Check(status);

                // The input value must be released while `data` is still pinned.
                api.ReleaseValue(inputValue);
                inputValue = 0;
            }

            var results = new float[outputCount][];
            for (var i = 0; i < outputCount; i++)
            {
                results[i] = CopyFloatTensor(api, outputs[i], _outputNames[i]);
            }

            return results;
        }
        finally
        {
            if (inputValue != 0)
            {
                api.ReleaseValue(inputValue);
            }

            for (var i = 0; i < outputCount; i++)
            {
                if (outputs[i] != 0)
                {
                    api.ReleaseValue(outputs[i]);
                }
            }

            if (sessionAdded)
            {
                _session.DangerousRelease();
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _session.Dispose();
        Marshal.FreeCoTaskMem(_inputName);
        for (var i = 0; i < _outputNames.Length; i++)
        {
            Marshal.FreeCoTaskMem(_outputNamePointers[i]);
        }

        NativeMemory.Free(_outputNamePointers);
    }

    private float[] CopyFloatTensor(OrtApi api, nint value, string name)
    {
        nint info = 0;
        api.Check(api.GetTensorTypeAndShape(value, &info));
        using var infoHandle = new OrtTensorTypeAndShapeInfoHandle(api, info);
        int elementType;
        api.Check(api.GetTensorElementType(info, &elementType));
        if (elementType != ElementTypeFloat)
        {
            throw new InvalidOperationException($"{ModelFile} output '{name}' has element type {elementType}, expected float.");
        }

        nuint count;
        api.Check(api.GetTensorShapeElementCount(info, &count));
        void* data;
        api.Check(api.GetTensorMutableData(value, &data));
        return new ReadOnlySpan<float>(data, checked((int)count)).ToArray();
    }
}
