using System.Globalization;
using FaceRecognition.Benchmarks.Load.Adapters;
using FaceRecognition.Benchmarks.Search;

namespace FaceRecognition.Benchmarks.Load;

/// <summary>
/// `load [--server-dll PATH] [--baseline-dll PATH] [--url URL --api-key KEY] [--requests N] [--concurrency 1,2,4,8]
/// [--scenarios …] [--expect both|on|off] [--rounds R] [--model-runs N] [--json FILE]`: drives the service over HTTP
/// and compares it with the models' own time measured in the same run; with a baseline build, the two alternate.
/// </summary>
internal sealed class LoadCommand : IBenchCommand
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);

    public string Name => "load";

    public string Description => "HTTP load on /compare, /match and enrol vs the models' own time (--server-dll A [--baseline-dll B] | --url U; --requests --concurrency)";

    public async Task<int> RunAsync(string[] args)
    {
        var a = new BenchArguments(args);
        var serverDll = a.Text("--server-dll");
        var baselineDll = a.Text("--baseline-dll");
        var url = a.Text("--url");
        var apiKey = a.Text("--api-key", "local-dev-key-0001");
        var requests = a.Integer("--requests", 100);
        var concurrencies = a.List("--concurrency", "1", "2", "4", "8").Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var selected = a.List("--scenarios");
        var expectModes = a.Text("--expect", "both") switch
        {
            "both" => new[] { false, true },
            "on" => [true],
            "off" => [false],
            var other => throw new ArgumentException($"--expect takes both, on or off, not '{other}'."),
        };
        var rounds = a.Integer("--rounds", baselineDll is null ? 1 : 2);
        var modelRuns = a.Integer("--model-runs", 16);
        var jsonPath = a.Text("--json");
        a.RejectUnknown();
        if (url is not null && (serverDll is not null || baselineDll is not null))
        {
            throw new ArgumentException("Give either --url or --server-dll/--baseline-dll, not both.");
        }

        using var engine = new EngineAdapter();
        var photos = LoadPhotos.Make(engine);
        var runId = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var scenarios = LoadScenario.All(photos, runId).Where(s => selected.Count == 0 || selected.Contains(s.Name)).ToList();
        if (scenarios.Count == 0)
        {
            throw new ArgumentException($"No scenario matches --scenarios; known: {string.Join(", ", LoadScenario.All(photos, runId).Select(s => s.Name))}.");
        }

        PrintHeader(engine, photos);
        var models = new ModelBaseline(engine);

        var servers = new List<ServerProcess>();
        var targets = new List<LoadTarget>();
        try
        {
            if (url is not null)
            {
                targets.Add(new LoadTarget("service", new Uri(url.TrimEnd('/') + "/"), apiKey));
            }
            else
            {
                var builds = new List<(string Label, string Dll)> { ("A", serverDll ?? DefaultServerDll()) };
                if (baselineDll is not null)
                {
                    builds.Add(("B", baselineDll));
                }

                foreach (var (label, dll) in builds)
                {
                    Console.Error.WriteLine($"load: starting build {label} ({dll})…");
                    var server = await ServerProcess.StartAsync(dll, label, ReadyTimeout);
                    servers.Add(server);
                    targets.Add(new LoadTarget(label, server.BaseAddress, server.ApiKey));
                    Console.WriteLine($"build {label}: {Path.GetFullPath(dll)} on {server.BaseAddress}");
                }
            }

            foreach (var target in targets)
            {
                await PrepareAsync(target, photos, scenarios);
            }

            var idleMemory = servers.Select(s => s.ResidentMegabytes).ToList();
            var cells = new List<LoadCell>();
            foreach (var scenario in scenarios)
            {
                foreach (var expect in expectModes)
                {
                    foreach (var concurrency in concurrencies)
                    {
                        var model = models.Measure(scenario, modelRuns);
                        cells.Add(await RunCellAsync(targets, scenario, expect, concurrency, requests, rounds, model));
                    }
                }
            }

            foreach (var target in targets)
            {
                LoadPrinter.Service(target.Label, cells);
            }

            if (targets.Count == 2)
            {
                LoadPrinter.Comparison(targets[0].Label, targets[1].Label, cells);
            }

            if (servers.Count > 0)
            {
                var afterMemory = servers.Select(s => s.ResidentMegabytes).ToList();
                Console.WriteLine("### Server memory (resident MiB): after set-up and warm-up → after the run");
                for (var i = 0; i < servers.Count; i++)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- build {servers[i].Label}: {idleMemory[i]:0} → {afterMemory[i]:0}"));
                }

                Console.WriteLine();
            }

            Console.WriteLine($"load average at the end: {LoadAverage()} (the bench itself keeps up to {concurrencies.Max()} requests in flight on {Environment.ProcessorCount} cores)");
            if (jsonPath is not null)
            {
                BenchJson.Write(jsonPath, new { cores = Environment.ProcessorCount, models = engine.Description, cells = cells.Select(c => c.ToJson()) });
            }
        }
        finally
        {
            targets.ForEach(t => t.Dispose());
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }

        return 0;
    }

    private static void PrintHeader(EngineAdapter engine, LoadPhotos photos)
    {
        Console.WriteLine($"## load: {Environment.ProcessorCount} cores, load average at start {LoadAverage()}");
        Console.WriteLine($"models' own time: {engine.Description}");
        foreach (var (name, jpeg) in new[] { ("640x480 A", photos.SmallA), ("640x480 B", photos.SmallB), ("4000x3000 A", photos.LargeA), ("4000x3000 B", photos.LargeB) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- photo {name}: {jpeg.Length / 1024.0:0} KiB, {engine.FacesIn(engine.Decode(jpeg))} face(s) found"));
        }

        Console.WriteLine();
    }

    /// <summary>Enrols the match gallery and warms every scenario up (JIT, model sessions, connection pool).</summary>
    private static async Task PrepareAsync(LoadTarget target, LoadPhotos photos, IReadOnlyList<LoadScenario> scenarios)
    {
        foreach (var request in LoadScenario.Setup(photos))
        {
            await target.SendCheckedAsync(request);
        }

        foreach (var scenario in scenarios)
        {
            for (var i = 0; i < 3; i++)
            {
                await target.SendCheckedAsync(scenario.NewRequest(-i));
            }
        }
    }

    /// <summary>One table cell: every target, alternating in <paramref name="rounds"/> rounds (order flipped each round) so drift hits both alike.</summary>
    private static async Task<LoadCell> RunCellAsync(
        IReadOnlyList<LoadTarget> targets, LoadScenario scenario, bool expect, int concurrency, int requests, int rounds, ModelCost model)
    {
        var perRound = (int)Math.Ceiling(requests / (double)rounds);
        var runs = targets.ToDictionary(t => t.Label, _ => new List<LoadRun>());
        for (var round = 0; round < rounds; round++)
        {
            var order = round % 2 == 0 ? targets : targets.Reverse();
            foreach (var target in order)
            {
                runs[target.Label].Add(await target.RunAsync(scenario, concurrency, perRound, expect));
            }
        }

        var cell = new LoadCell(scenario.Name, expect, concurrency, runs.ToDictionary(r => r.Key, r => LoadRun.Merge(r.Value)), model, LoadAverage1());
        Console.Error.WriteLine($"  {scenario.Name,-13} expect={(expect ? "on " : "off")} c={concurrency}: models {model.Milliseconds:0.0} ms, " +
            string.Join("  ", cell.Runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} p50 {Percentiles.Of(r.Value.LatenciesMs, 50):0.0} ms, {r.Value.Throughput:0.0}/s"))));
        return cell;
    }

    private static string DefaultServerDll() =>
        RepositoryPaths.Find("src/FaceRecognition.Api/bin/Release/net10.0/FaceRecognition.Api.dll")
        ?? throw new FileNotFoundException("No Release build of the service: run `dotnet build src/FaceRecognition.Api -c Release`, or pass --server-dll PATH or --url URL.");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double LoadAverage1() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;
}

/// <summary>One scenario × Expect mode × concurrency, measured on every target, with the models' own cost measured just before.</summary>
/// <param name="LoadAverage">The machine's 1-minute load average at the end of the cell: how busy the shared machine was.</param>
internal sealed record LoadCell(string Scenario, bool ExpectContinue, int Concurrency, IReadOnlyDictionary<string, LoadRun> Runs, ModelCost Models, double LoadAverage)
{
    public object ToJson() => new
    {
        Scenario,
        ExpectContinue,
        Concurrency,
        modelMs = Models.Milliseconds,
        modelRequestsPerSecond = Models.RequestsPerSecond,
        LoadAverage,
        Targets = Runs.Select(r => new
        {
            target = r.Key,
            requests = r.Value.Requests,
            failures = r.Value.Failures,
            firstFailure = r.Value.FirstFailure,
            p50Ms = r.Value.LatenciesMs.Count == 0 ? (double?)null : Percentiles.Of(r.Value.LatenciesMs, 50),
            p95Ms = r.Value.LatenciesMs.Count == 0 ? (double?)null : Percentiles.Of(r.Value.LatenciesMs, 95),
            p99Ms = r.Value.LatenciesMs.Count == 0 ? (double?)null : Percentiles.Of(r.Value.LatenciesMs, 99),
            requestsPerSecond = r.Value.Throughput,
        }),
    };
}
