using System.Diagnostics;
using System.Reflection;
using FaceRecognition.Benchmarks;

// ONNX Runtime reads ORT_DISABLE_TELEMETRY only when the process starts: without it, run this bench again as a child
// process that has it, so a bench never writes ORT's telemetry files (setting it from here would be too late).
if (Environment.GetEnvironmentVariable("ORT_DISABLE_TELEMETRY") != "1")
{
    var self = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
    foreach (var arg in Environment.GetCommandLineArgs()[1..])
    {
        self.ArgumentList.Add(arg);
    }

    self.Environment["ORT_DISABLE_TELEMETRY"] = "1";
    if (!self.Environment.ContainsKey("OPENCV_IO_MAX_IMAGE_PIXELS"))
    {
        self.Environment["OPENCV_IO_MAX_IMAGE_PIXELS"] = "40000000";
    }
    using var child = Process.Start(self)!;
    await child.WaitForExitAsync();
    return child.ExitCode;
}

// Every IBenchCommand in this assembly is a sub-command; they print their own tables.
var commands = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchCommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();

var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
if (command is null)
{
    Console.WriteLine("usage: dotnet run -c Release --project tests/FaceRecognition.Benchmarks -- <command> [args]");
    foreach (var c in commands)
    {
        Console.WriteLine($"  {c.Name,-12} {c.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

return await command.RunAsync(args[1..]);
