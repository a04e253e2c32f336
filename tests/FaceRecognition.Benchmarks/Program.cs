// Bench commands are added by the engine and search work; this entry point lists them.
Console.WriteLine("usage: dotnet run -c Release --project tests/FaceRecognition.Benchmarks -- <engine|search>");
return 1;
