using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaceRecognition.Benchmarks;

/// <summary>The machine-readable results a bench writes with <c>--json FILE</c>.</summary>
internal static class BenchJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(string path, object results)
    {
        File.WriteAllText(path, JsonSerializer.Serialize(results, Options));
        Console.WriteLine($"results written to {path}");
    }
}
