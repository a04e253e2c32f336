using System.Numerics.Tensors;
using FaceRecognition.Application.Common.Models;

namespace FaceRecognition.Infrastructure.Search;

/// <summary>
/// The faces of one gallery behind a reader-writer lock: searches share it, adds and removes take it alone, so a
/// reader never sees a half-written or half-moved face.
/// </summary>
internal sealed class GalleryIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<long, int> _slotByFaceId = [];
    private readonly Dictionary<long, SubjectEntry> _subjects = [];
    private readonly SearchOptions _options;
    private FaceStore? _store;
    private bool _removed;

    public GalleryIndex(SearchOptions options) => _options = options;

    public int FaceCount
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _store?.Count ?? 0;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Adds or replaces a face; false when the gallery was removed meanwhile (the caller retries on a new one).</summary>
    public bool TryAdd(IndexedFace face, ReadOnlySpan<ulong> code, int wordsPerCode)
    {
        var vector = face.Embedding.Values;
        _lock.EnterWriteLock();
        try
        {
            if (_removed)
            {
                return false;
            }

            _store ??= new FaceStore(vector.Length, wordsPerCode);
            if (_store.Dimension != vector.Length)
            {
                throw new ArgumentException(
                    $"Gallery '{face.Gallery}' holds {_store.Dimension}-d embeddings; face {face.FaceId} has {vector.Length}.", nameof(face));
            }

            if (_slotByFaceId.ContainsKey(face.FaceId))
            {
                RemoveFaceLocked(face.FaceId);
            }

            if (!_subjects.TryGetValue(face.Subject.Id, out var subject))
            {
                subject = new SubjectEntry(face.Subject);
                _subjects.Add(face.Subject.Id, subject);
            }

            // The newest reference wins, so a renamed subject shows its new name.
            subject.Subject = face.Subject;
            subject.FaceIds.Add(face.FaceId);
            _slotByFaceId[face.FaceId] = _store.Append(vector, code, face.FaceId, subject);
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void RemoveFace(long faceId)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveFaceLocked(faceId);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void RemoveSubject(long subjectId)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_subjects.TryGetValue(subjectId, out var subject))
            {
                foreach (var faceId in subject.FaceIds.ToArray())
                {
                    RemoveFaceLocked(faceId);
                }
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Empties the gallery and refuses later adds; called after it left the gallery map.</summary>
    public void MarkRemoved()
    {
        _lock.EnterWriteLock();
        try
        {
            _removed = true;
            _store = null;
            _slotByFaceId.Clear();
            _subjects.Clear();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public IReadOnlyList<SubjectMatch> Search(ReadOnlySpan<float> query, ReadOnlySpan<ulong> queryCode, int topK)
    {
        _lock.EnterReadLock();
        try
        {
            var store = _store;
            if (store is null || store.Count == 0)
            {
                return [];
            }

            CheckDimension(store, query);
            if (store.Count <= _options.ExactScanMaxFaces)
            {
                return ExactSearch(store, query, topK);
            }

            var poolSize = (int)Math.Min(store.Count, Math.Max(_options.CandidatePoolSize, (long)topK * _options.CandidatesPerResult));
            var candidates = HammingPrefilter.SelectCandidates(store, queryCode, poolSize);
            var scores = new float[candidates.Length];
            for (var i = 0; i < candidates.Length; i++)
            {
                scores[i] = TensorPrimitives.Dot(store.Vector(candidates[i]), query);
            }

            return SubjectRanker.Rank(store, _slotByFaceId, candidates, scores, query, topK, rescoreAllFaces: true);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public SubjectMatch? BestOfSubject(long subjectId, ReadOnlySpan<float> query)
    {
        _lock.EnterReadLock();
        try
        {
            if (_store is null || !_subjects.TryGetValue(subjectId, out var subject))
            {
                return null;
            }

            CheckDimension(_store, query);
            var (score, slot) = SubjectRanker.BestFace(_store, _slotByFaceId, subject, query);
            return SubjectRanker.ToMatch(_store, slot, score);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose() => _lock.Dispose();

    private static IReadOnlyList<SubjectMatch> ExactSearch(FaceStore store, ReadOnlySpan<float> query, int topK)
    {
        var count = store.Count;
        var scores = new float[count];
        var slots = new int[count];
        var dimension = store.Dimension;
        for (var segment = 0; segment < store.SegmentCount; segment++)
        {
            var vectors = store.SegmentVectors(segment, out var faces);
            var first = segment << FaceStore.SegmentShift;
            for (var i = 0; i < faces; i++)
            {
                scores[first + i] = TensorPrimitives.Dot(vectors.Slice(i * dimension, dimension), query);
                slots[first + i] = first + i;
            }
        }

        return SubjectRanker.Rank(store, [], slots, scores, query, topK, rescoreAllFaces: false);
    }

    private static void CheckDimension(FaceStore store, ReadOnlySpan<float> query)
    {
        if (query.Length != store.Dimension)
        {
            throw new ArgumentException($"The gallery holds {store.Dimension}-d embeddings; the query has {query.Length}.", nameof(query));
        }
    }

    private void RemoveFaceLocked(long faceId)
    {
        if (_store is null || !_slotByFaceId.Remove(faceId, out var slot))
        {
            return;
        }

        var subject = _store.Subject(slot);
        subject.FaceIds.Remove(faceId);
        if (subject.FaceIds.Count == 0)
        {
            _subjects.Remove(subject.Subject.Id);
        }

        var moved = _store.RemoveAt(slot);
        if (moved is { } movedFaceId)
        {
            _slotByFaceId[movedFaceId] = slot;
        }
    }
}
