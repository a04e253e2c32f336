using System.ComponentModel.DataAnnotations;

namespace FaceRecognition.Infrastructure.Search;

/// <summary>Tuning of <see cref="InMemoryFaceIndex"/> (configuration section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Galleries up to this many faces are searched by an exact float32 scan; larger ones use binary codes first.</summary>
    [Range(0, int.MaxValue)]
    public int ExactScanMaxFaces { get; set; } = 4096;

    /// <summary>How many faces the Hamming prefilter hands to the exact float32 re-rank (at least).</summary>
    [Range(16, 1_000_000)]
    public int CandidatePoolSize { get; set; } = 1024;

    /// <summary>The pool grows to this many faces per requested result when top-K is large.</summary>
    [Range(1, 10_000)]
    public int CandidatesPerResult { get; set; } = 32;
}
