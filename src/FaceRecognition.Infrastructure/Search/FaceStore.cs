namespace FaceRecognition.Infrastructure.Search;

/// <summary>
/// Dense storage of a gallery's faces in fixed-size segments: float32 vectors for exact scoring, binary codes for
/// the prefilter, and who each face belongs to. Segments avoid copying gigabytes when a large gallery grows;
/// removal moves the last face into the hole so scans never skip holes. Not thread-safe: the owner locks.
/// </summary>
internal sealed class FaceStore(int dimension, int wordsPerCode)
{
    public const int SegmentShift = 14;
    public const int SegmentSize = 1 << SegmentShift;
    private const int SegmentMask = SegmentSize - 1;

    private readonly List<float[]> _vectors = [];
    private readonly List<ulong[]> _codes = [];
    private readonly List<long[]> _faceIds = [];
    private readonly List<SubjectEntry[]> _subjects = [];

    public int Dimension { get; } = dimension;

    public int WordsPerCode { get; } = wordsPerCode;

    public int Count { get; private set; }

    public int SegmentCount => _codes.Count;

    /// <summary>Bytes held per face slot (vector, code, face id, subject reference).</summary>
    public long BytesPerFace => (Dimension * sizeof(float)) + (WordsPerCode * sizeof(ulong)) + sizeof(long) + IntPtr.Size;

    public int Append(ReadOnlySpan<float> vector, ReadOnlySpan<ulong> code, long faceId, SubjectEntry subject)
    {
        var slot = Count;
        var segment = slot >> SegmentShift;
        if (segment == _codes.Count)
        {
            _vectors.Add(new float[SegmentSize * Dimension]);
            _codes.Add(new ulong[SegmentSize * WordsPerCode]);
            _faceIds.Add(new long[SegmentSize]);
            _subjects.Add(new SubjectEntry[SegmentSize]);
        }

        var offset = slot & SegmentMask;
        vector.CopyTo(_vectors[segment].AsSpan(offset * Dimension, Dimension));
        code.CopyTo(_codes[segment].AsSpan(offset * WordsPerCode, WordsPerCode));
        _faceIds[segment][offset] = faceId;
        _subjects[segment][offset] = subject;
        Count++;
        return slot;
    }

    public ReadOnlySpan<float> Vector(int slot) =>
        _vectors[slot >> SegmentShift].AsSpan((slot & SegmentMask) * Dimension, Dimension);

    public long FaceId(int slot) => _faceIds[slot >> SegmentShift][slot & SegmentMask];

    public SubjectEntry Subject(int slot) => _subjects[slot >> SegmentShift][slot & SegmentMask];

    /// <summary>The codes of one segment and how many faces it holds.</summary>
    public ReadOnlySpan<ulong> SegmentCodes(int segment, out int faces)
    {
        faces = Math.Min(SegmentSize, Count - (segment << SegmentShift));
        return _codes[segment].AsSpan(0, faces * WordsPerCode);
    }

    /// <summary>The vectors of one segment and how many faces it holds.</summary>
    public ReadOnlySpan<float> SegmentVectors(int segment, out int faces)
    {
        faces = Math.Min(SegmentSize, Count - (segment << SegmentShift));
        return _vectors[segment].AsSpan(0, faces * Dimension);
    }

    /// <summary>
    /// Removes the face at <paramref name="slot"/> by moving the last face into it. Returns the id of the face
    /// that moved into <paramref name="slot"/>, or null when the removed face was the last one.
    /// </summary>
    public long? RemoveAt(int slot)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)slot, (uint)Count, nameof(slot));
        var last = Count - 1;
        long? moved = null;
        if (slot != last)
        {
            Vector(last).CopyTo(_vectors[slot >> SegmentShift].AsSpan((slot & SegmentMask) * Dimension, Dimension));
            _codes[last >> SegmentShift].AsSpan((last & SegmentMask) * WordsPerCode, WordsPerCode)
                .CopyTo(_codes[slot >> SegmentShift].AsSpan((slot & SegmentMask) * WordsPerCode, WordsPerCode));
            _faceIds[slot >> SegmentShift][slot & SegmentMask] = FaceId(last);
            _subjects[slot >> SegmentShift][slot & SegmentMask] = Subject(last);
            moved = FaceId(last);
        }

        // Drop the reference so a removed subject can be collected; release the tail segment when it empties.
        _subjects[last >> SegmentShift][last & SegmentMask] = null!;
        Count--;
        if ((Count & SegmentMask) == 0 && _codes.Count > (Count >> SegmentShift))
        {
            var tail = _codes.Count - 1;
            _vectors.RemoveAt(tail);
            _codes.RemoveAt(tail);
            _faceIds.RemoveAt(tail);
            _subjects.RemoveAt(tail);
        }

        return moved;
    }
}
