using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Application.Faces.Queries.AnalyzeFaces;

/// <summary>Parses the <c>actions</c> form field ("emotion,age"); empty means every action.</summary>
public static class AnalysisActions
{
    public static IReadOnlyList<string> Names { get; } = ["emotion", "age", "gender", "pose", "eyes", "liveness"];

    public static IReadOnlyList<string> Unknown(string? actions) =>
        Split(actions).Where(a => !Names.Contains(a, StringComparer.Ordinal)).ToList();

    public static IReadOnlySet<AnalysisAction> Parse(string? actions)
    {
        var requested = Split(actions).ToList();
        if (requested.Count == 0)
        {
            return Enum.GetValues<AnalysisAction>().ToHashSet();
        }

        return requested.Select(a => Enum.Parse<AnalysisAction>(a, ignoreCase: true)).ToHashSet();
    }

    private static IEnumerable<string> Split(string? actions) =>
        (actions ?? string.Empty)
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.ToLowerInvariant());
}
