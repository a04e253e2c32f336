using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace FaceRecognition.Benchmarks.Load;

/// <summary>
/// One service process started from a build: a free loopback port, SQLite and logs in a fresh temp folder, a random
/// API key and signing key, <c>ORT_DISABLE_TELEMETRY=1</c>. Disposing (or the bench exiting, or Ctrl+C) kills it and
/// deletes the folder.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<ServerProcess, bool> Running = new();
    private static int _exitHooked;

    private readonly Process _process;
    private readonly string _folder;
    private readonly ConcurrentQueue<string> _lastLines = new();

    private ServerProcess(Process process, string folder, Uri address, string apiKey, string label)
    {
        _process = process;
        _folder = folder;
        BaseAddress = address;
        ApiKey = apiKey;
        Label = label;
    }

    public Uri BaseAddress { get; }

    public string ApiKey { get; }

    public string Label { get; }

    /// <summary>Resident memory of the server process, in MiB.</summary>
    public double ResidentMegabytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64 / (1024.0 * 1024.0);
        }
    }

    public static async Task<ServerProcess> StartAsync(string serverDll, string label, TimeSpan readyTimeout)
    {
        if (!File.Exists(serverDll))
        {
            throw new FileNotFoundException($"No service build at '{serverDll}'. Build it: dotnet build src/FaceRecognition.Api -c Release.");
        }

        HookExit();
        var folder = Directory.CreateTempSubdirectory("fr-load-").FullName;
        var port = FreePort();
        var apiKey = "load-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var dllFolder = Path.GetDirectoryName(Path.GetFullPath(serverDll))!;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.GetFullPath(serverDll));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(dllFolder);
        var environment = start.Environment;
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ORT_DISABLE_TELEMETRY"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["Security__ApiKeys__0"] = apiKey;
        environment["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        environment["Storage__Provider"] = "Sqlite";
        environment["Storage__SqlitePath"] = Path.Combine(folder, "facerecognition.db");
        environment["Logging__Directory"] = Path.Combine(folder, "logs");
        if (FindModels(dllFolder) is { } models)
        {
            environment["Inference__ModelDirectory"] = models;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{serverDll}'.");
        var server = new ServerProcess(process, folder, new Uri($"http://127.0.0.1:{port}/"), apiKey, label);
        Running[server] = true;
        process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(readyTimeout);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        try
        {
            await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        }
        catch (OperationCanceledException)
        {
            // Killed, but not yet reaped: the folder is deleted regardless.
        }

        _process.Dispose();
        DeleteFolder();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The {Label} server exited with code {_process.ExitCode} while starting:\n{string.Join('\n', _lastLines)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy loading.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The {Label} server was not ready within {timeout.TotalSeconds:0} s:\n{string.Join('\n', _lastLines)}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lastLines.Enqueue(line);
        while (_lastLines.Count > 40 && _lastLines.TryDequeue(out _))
        {
        }
    }

    private void Stop()
    {
        Running.TryRemove(this, out _);
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void DeleteFolder()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open by a dying process: leave the temp folder to the system.
        }
    }

    /// <summary>Kill every server still running when the bench ends or is interrupted.</summary>
    private static void HookExit()
    {
        if (Interlocked.Exchange(ref _exitHooked, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
        Console.CancelKeyPress += (_, _) => StopAll();
    }

    private static void StopAll()
    {
        foreach (var server in Running.Keys)
        {
            server.Stop();
            server.DeleteFolder();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The models folder of the checkout the build belongs to (the nearest <c>models/models.lock</c> above it).</summary>
    private static string? FindModels(string dllFolder)
    {
        for (var dir = new DirectoryInfo(dllFolder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "models", "models.lock")))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        return null;
    }
}
