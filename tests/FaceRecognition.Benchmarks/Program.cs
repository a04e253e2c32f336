using System.Reflection;
using FaceRecognition.Benchmarks;

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
