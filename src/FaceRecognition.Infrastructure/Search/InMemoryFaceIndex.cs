using System.Collections.Concurrent;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Search;

/// <summary>
/// Holds every enrolled face in memory, one index per gallery (names compared as given, case-sensitive).
/// Small galleries are scanned exactly; large ones are prefiltered by binary codes and the candidates re-ranked
/// with exact float32 dot products, so every similarity returned is exact. See docs/search.md.
/// </summary>
public sealed class InMemoryFaceIndex : IFaceIndex, IDisposable
{
    private readonly ConcurrentDictionary<string, GalleryIndex> _galleries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, SignCodeEncoder> _encoders = new();
    private readonly SearchOptions _options;
    private volatile bool _loaded;

    public InMemoryFaceIndex(IOptions<SearchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    public bool IsLoaded => _loaded;

    /// <summary>Called by the owner once the initial load from the database has finished.</summary>
    public void MarkLoaded() => _loaded = true;

    public void Add(IndexedFace face)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(face.Gallery);
        ArgumentNullException.ThrowIfNull(face.Subject);
        ArgumentNullException.ThrowIfNull(face.Embedding);

        // Encode before taking any lock: writers hold the gallery exclusively only for the copy.
        var encoder = EncoderFor(face.Embedding.Dimension);
        var code = new ulong[encoder.WordsPerCode];
        encoder.Encode(face.Embedding.Values, code);
        while (true)
        {
            var gallery = _galleries.GetOrAdd(face.Gallery, _ => new GalleryIndex(_options));
            if (gallery.TryAdd(face, code, encoder.WordsPerCode))
            {
                return;
            }
        }
    }

    public void RemoveFace(string gallery, long faceId)
    {
        ArgumentNullException.ThrowIfNull(gallery);
        if (_galleries.TryGetValue(gallery, out var index))
        {
            index.RemoveFace(faceId);
        }
    }

    public void RemoveSubject(string gallery, long subjectId)
    {
        ArgumentNullException.ThrowIfNull(gallery);
        if (_galleries.TryGetValue(gallery, out var index))
        {
            index.RemoveSubject(subjectId);
        }
    }

    public void RemoveGallery(string gallery)
    {
        ArgumentNullException.ThrowIfNull(gallery);

        // The removed index is not disposed: a search may still hold its lock. It is emptied and left to the GC.
        if (_galleries.TryRemove(gallery, out var index))
        {
            index.MarkRemoved();
        }
    }

    public IReadOnlyList<SubjectMatch> Search(string gallery, Embedding query, int topK)
    {
        ArgumentNullException.ThrowIfNull(gallery);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(topK, 1);
        if (!_galleries.TryGetValue(gallery, out var index))
        {
            return [];
        }

        var encoder = EncoderFor(query.Dimension);
        Span<ulong> code = stackalloc ulong[encoder.WordsPerCode];
        encoder.Encode(query.Values, code);
        return index.Search(query.Values, code, topK);
    }

    public SubjectMatch? BestOfSubject(string gallery, long subjectId, Embedding query)
    {
        ArgumentNullException.ThrowIfNull(gallery);
        ArgumentNullException.ThrowIfNull(query);
        return _galleries.TryGetValue(gallery, out var index) ? index.BestOfSubject(subjectId, query.Values) : null;
    }

    public int FaceCount(string gallery)
    {
        ArgumentNullException.ThrowIfNull(gallery);
        return _galleries.TryGetValue(gallery, out var index) ? index.FaceCount : 0;
    }

    public void Dispose()
    {
        foreach (var index in _galleries.Values)
        {
            index.Dispose();
        }

        _galleries.Clear();
    }

    private SignCodeEncoder EncoderFor(int dimension) => _encoders.GetOrAdd(dimension, d => new SignCodeEncoder(d));
}
