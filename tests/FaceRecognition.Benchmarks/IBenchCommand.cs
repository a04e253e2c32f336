namespace FaceRecognition.Benchmarks;

/// <summary>One bench command: `dotnet run -c Release --project tests/FaceRecognition.Benchmarks -- NAME [args]`.</summary>
internal interface IBenchCommand
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args);
}
