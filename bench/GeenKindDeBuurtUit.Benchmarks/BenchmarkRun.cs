using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using GeenKindDeBuurtUit.Benchmarks.Ceilings;
using GeenKindDeBuurtUit.Benchmarks.Load;
using GeenKindDeBuurtUit.Benchmarks.Report;
using GeenKindDeBuurtUit.Benchmarks.Seeding;
using GeenKindDeBuurtUit.Benchmarks.Storage;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.Benchmarks;

/// <summary>
/// One benchmark run: seed, recalculation sizes, then ceilings and endpoints side by side per concurrency;
/// on PostgreSQL also the endpoints with the load split over two hosts on the one database.
/// </summary>
internal static class BenchmarkRun
{
    /// <summary>The exit code of a seeding step that ended before the data set was complete: run again.</summary>
    public const int IncompleteData = 3;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var started = DateTimeOffset.UtcNow;
        var total = Stopwatch.StartNew();
        var root = RepositoryRoot();
        var commit = Machine.Commit(root);
        var loadAtStart = Machine.LoadAverage();
        if (!options.SeedOnly)
        {
            Wrk.EnsureInstalled();
        }

        var folder = Directory.CreateTempSubdirectory("gkdbu-bench-").FullName;
        Console.WriteLine($"bench: scale {options.Scale.Name} on {options.Provider}, working folder {folder}");
        var tokens = Tokens.ForThisRun();
        await using var postgresql = options.Provider == DatabaseProvider.PostgreSql ? await PostgreSqlServer.OpenAsync(options.PostgreSqlServer, root) : null;
        try
        {
            var dataSet = new DataSet(options.DataFolder ?? folder, kept: options.DataFolder is not null, postgresql is null ? null : await postgresql.CreateDatabaseAsync("platform"));
            var wanted = new Manifest
            {
                Scale = options.Scale.Name, Volume = options.Volume, Seed = options.Seed, Migrations = DataSet.CodeMigrations(),
            };
            var manifest = dataSet.Open(wanted);
            if (manifest.OlderSchemaThan(wanted) is { Count: > 0 } older)
            {
                Console.WriteLine($"seed: the data set was built before newer migrations of {string.Join(", ", older)}; they are applied when a platform opens it.");
            }

            var reused = manifest.Complete;
            bool complete;
            using (var budget = new StepBudget(options.StepBudget))
            {
                complete = await Seeder.RunAsync(dataSet, manifest, options, budget, commit);
            }

            Console.WriteLine($"seed: {(reused ? "data set reused as it was" : complete ? "data set complete" : "step ended")} in {dataSet.Folder}: "
                + string.Join(", ", manifest.Phases.Select(p => $"{p.Key} {(p.Value.Finished ? "done" : $"{p.Value.Done:N0}/{p.Value.Total:N0}")}")));
            if (!complete)
            {
                Console.WriteLine("seed: the data set is not complete yet; run the same command again to go on.");
                return IncompleteData;
            }

            if (options.SeedOnly)
            {
                return 0;
            }

            // Still older after seeding: a complete data set, migrated forward by the measured host on its copy.
            var migratedForward = manifest.OlderSchemaThan(wanted);
            var store = dataSet.Kept ? Store.Sqlite(dataSet.CopyFor(folder)) : dataSet.Store;
            var data = await SeededData.ReadAsync(store);
            var seeding = new Report.Seeding(
                Math.Round(manifest.Steps.Sum(s => s.Seconds), 1), manifest.Steps.Count, reused,
                manifest.Phases.ToDictionary(p => p.Key, p => Math.Round(p.Value.Seconds, 1)), data.Counts, migratedForward);

            var recalculation = await RecalculationBench.RunAsync(
                postgresql is null ? Store.Sqlite(Path.Combine(folder, "recalculation.db")) : await postgresql.CreateDatabaseAsync("recalculation"), options);
            var storage = new List<RawStorage> { new RawSqlite(folder) };
            if (postgresql is not null)
            {
                // The host's engine first: its insert rate is the writes' ceiling; SQLite's beside it shows what the engine costs.
                storage.Insert(0, new RawPostgreSql(await postgresql.CreateDatabaseAsync("ceiling")));
            }

            var (ceilings, endpoints, propagation, memory) = await MeasureAsync(options, root, folder, store, storage, tokens, data);
            var targets = Targets.Evaluate(endpoints, propagation, recalculation, memory);
            var setup = "every path and bare Kestrel driven by wrk (bench/wrk) at " + $"{Scale.Connections} connections, {options.Scale.Wrk.Threads} threads; "
                + "bare Kestrel runs as its own process (dotnet exec, loopback), like the host; "
                + string.Join(" and ", storage.Select(s => $"raw {s.Engine}")) + (storage.Count == 1 ? " runs" : " run") + " in the benchmark process"
                + (postgresql is null ? string.Empty : $"; PostgreSQL is {postgresql.Origin}");
            var result = new BenchResult(
                options.Scale.Name, options.Volume, options.Provider.ToString(), started, Machine.Current(), commit, seeding, setup,
                ceilings, endpoints, propagation, recalculation, memory, targets, Math.Round(total.Elapsed.TotalSeconds, 1),
                [.. options.Notes, $"load average (1, 5, 15 min) at the start {loadAtStart}, at the end {Machine.LoadAverage()} on {Environment.ProcessorCount} cores"]);
            Write(result, options.OutFolder ?? Path.Combine(root, "bench", "results"));

            var errors = endpoints.Sum(e => e.Result.Errors) + ceilings.Sum(c => c.Result.Errors);
            var unmeasured = endpoints.Concat(ceilings).Where(e => e.Result.Requests == 0).Select(e => $"{e.Name} @{e.Result.Connections}").ToList();
            if (errors > 0 || propagation.TimedOut > 0 || unmeasured.Count > 0)
            {
                Console.Error.WriteLine($"bench: {errors} requests failed, {propagation.TimedOut} withdrawals never reached the budget"
                    + $" and {unmeasured.Count} paths measured no request ({string.Join(", ", unmeasured)}): the figures are not trustworthy.");
                return 2;
            }

            return options.CheckCpu ? CpuCheck.Run(result, Path.Combine(root, "bench", "results")) : 0;
        }
        finally
        {
            if (!options.Keep)
            {
                TryDelete(folder);
            }
        }
    }

    private static async Task<(List<Measured>, List<Measured>, Propagation.Result, Memory)> MeasureAsync(
        BenchOptions options, string root, string folder, Store store, IReadOnlyList<RawStorage> storage, Tokens tokens, SeededData data)
    {
        var scale = options.Scale;
        var hostDll = Path.Combine(root, "src", "Host", "bin", Configuration(), "net10.0", "GeenKindDeBuurtUit.Host.dll");
        var hostArgs = new List<string>
        {
            $"--ConnectionStrings:Default={store.ConnectionString}",
            $"--Database:Provider={store.Provider}",
            $"--Auth:SigningKey={tokens.SigningKey}",
        };
        hostArgs.AddRange(HostKeys.ForThisRun().Select(k => $"--{k.Key}={k.Value}"));
        hostArgs.AddRange(options.HostArgs.Select(a => $"--{a.Key}={a.Value}"));
        var production = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_ENVIRONMENT"] = "Production" };
        await using var host = await ChildProcess.StartAsync(hostDll, hostArgs, Path.Combine(folder, "host.log"), "/health/ready", production);

        // A second host on the same database, as a scaled-out deployment runs: PostgreSQL only, SQLite's file is one host's.
        await using var second = store.HostCounts.Count > 1
            ? await ChildProcess.StartAsync(hostDll, hostArgs, Path.Combine(folder, "host2.log"), "/health/ready", production)
            : null;
        var bareEnvironment = new Dictionary<string, string>(production);
        foreach (var (variable, value) in HostGcSettings(hostDll))
        {
            bareEnvironment[variable] = value;
        }

        await using var bare = await ChildProcess.StartAsync(
            Assembly.GetExecutingAssembly().Location, [BareKestrel.Mode], Path.Combine(folder, "bare.log"), "/ping", bareEnvironment);
        foreach (var engine in storage)
        {
            await engine.PrepareAsync();
        }

        // The raw storage ceilings run in this process through the closed loop (no HTTP), at the paths' concurrency.
        var ceilings = new List<Measured>();
        LoadResult? insert = null;
        foreach (var engine in storage)
        {
            var read = await engine.ReadAsync(Scale.Connections, scale.LoadDuration, scale.LoadDuration / 4);
            var inserted = await engine.InsertAsync(Scale.Connections, scale.LoadDuration, scale.LoadDuration / 4);
            insert ??= inserted;
            ceilings.Add(new($"raw {engine.Engine} primary-key read (ceiling)", "ceiling", read, null, null));
            ceilings.Add(new($"raw {engine.Engine} insert transaction (ceiling)", "ceiling", inserted, null, null));
            Console.WriteLine($"ceiling @{Scale.Connections}: {engine.Engine} read {read.Rps}/s, insert {inserted.Rps}/s");
        }

        // Every path, and bare Kestrel, through wrk at the same connections; the CPU is the serving process's own.
        var runner = new PathRunner(folder, scale.Wrk, store);
        var bareFigures = await runner.MeasureAsync(WrkPaths.Bare(root), [new LoadTarget(bare, null)]);
        ceilings.Insert(0, new(WrkPaths.Bare(root).Name, "ceiling", bareFigures.Result, null, null,
            CpuMsPerRequest: bareFigures.CpuMsPerRequest, Warmup: bareFigures.Warmup));
        Console.WriteLine($"ceiling @{Scale.Connections}: kestrel {bareFigures.Result.Rps} rps, {bareFigures.CpuMsPerRequest} ms CPU a request, warm-up {bareFigures.Warmup.Seconds} s");

        // Each host count spends a share of its own of the prepared cases.
        var hostCounts = store.HostCounts;
        var otShare = data.OtReadyCases.Count / hostCounts.Count;
        var endpoints = new List<Measured>();
        foreach (var hosts in hostCounts)
        {
            var servers = hosts == 1 ? [host] : new[] { host, second! };
            var pool = data.OtReadyCases.Skip((hosts - 1) * otShare).Take(otShare).ToList();
            foreach (var path in WrkPaths.For(root, folder, data, pool))
            {
                var targets = servers.Select(s => new LoadTarget(s, tokens.Issue(path.Role!, "bench-load"))).ToList();
                var figures = await runner.MeasureAsync(path, targets, path.Pool);
                var result = figures.Result;
                var ceiling = path.IsWrite ? insert! : bareFigures.Result;
                endpoints.Add(new(path.Name, path.IsWrite ? "write" : "read", result,
                    path.IsWrite ? "raw insert transaction" : "bare Kestrel", Ratio(result.Rps, ceiling.Rps), hosts,
                    figures.CpuMsPerRequest, Ratio(figures.CpuMsPerRequest, bareFigures.CpuMsPerRequest), Ratio(result.Rps, bareFigures.Result.Rps),
                    figures.Warmup, figures.Drain));
                var drain = figures.Drain is { } d ? $"; drain {d.Seconds} s, {d.CpuMsPerRequestWithDrain} ms CPU a write with it, {d.SustainedPerSecond}/s sustained" : string.Empty;
                Console.WriteLine($"{path.Name} @{Scale.Connections} on {hosts} host(s): {result.Rps} rps, p50 {result.P50Ms} p99 {result.P99Ms} ms, "
                    + $"{figures.CpuMsPerRequest} ms CPU a request, errors {result.Errors}, warm-up {figures.Warmup.Seconds} s{drain}");
            }
        }

        await Database.DrainAsync(store, TimeSpan.FromMinutes(5));
        using var swv = HttpLoadClient.Create(host.BaseAddress, tokens.Issue("swv", "bench-propagation"), 1);
        var propagation = await Propagation.RunAsync(swv, data, scale.Withdrawals);
        Console.WriteLine($"propagation: p50 {propagation.P50Ms} ms, p95 {propagation.P95Ms} ms");
        var memory = new Memory(Math.Round(host.PeakWorkingSetBytes() / 1048576.0, 1), Math.Round(host.PeakPrivateBytes / 1048576.0, 1));
        return (ceilings, endpoints, propagation, memory);
    }

    private static double? Ratio(double value, double ceiling) => ceiling > 0 ? Math.Round(value / ceiling, 3) : null;

    private static void Write(BenchResult result, string outFolder)
    {
        Directory.CreateDirectory(outFolder);
        // SQLite keeps the names of the results before PostgreSQL came; other engines name themselves.
        var engine = result.Provider == nameof(DatabaseProvider.Sqlite) ? string.Empty : "-" + result.Provider.ToLowerInvariant();
        var name = $"{result.Scale}{engine}-{result.StartedAt:yyyyMMdd-HHmm}";
        var json = JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });
        File.WriteAllText(Path.Combine(outFolder, name + ".json"), json + "\n");
        var markdown = MarkdownReport.Render(result);
        File.WriteAllText(Path.Combine(outFolder, name + ".md"), markdown);
        Console.WriteLine(markdown);
        Console.WriteLine($"bench: results in {Path.Combine(outFolder, name)}.json and .md");
    }

    private static string Configuration() =>
        typeof(BenchmarkRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>The host's GC mode and heap limit as environment variables, so bare Kestrel runs under the same GC (docs/adr/0077, 0082).</summary>
    private static Dictionary<string, string> HostGcSettings(string hostDll)
    {
        var settings = new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" };
        var config = Path.ChangeExtension(hostDll, ".runtimeconfig.json");
        if (!File.Exists(config))
        {
            return settings;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(config));
        if (document.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties))
        {
            if (properties.TryGetProperty("System.GC.Server", out var server) && server.ValueKind == JsonValueKind.True)
            {
                settings["DOTNET_gcServer"] = "1";
            }

            // The runtime reads a number in an environment variable as hexadecimal.
            if (properties.TryGetProperty("System.GC.HeapHardLimit", out var limit) && limit.TryGetUInt64(out var bytes))
            {
                settings["DOTNET_GCHeapHardLimit"] = bytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return settings;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeenKindDeBuurtUit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the repository (dotnet run --project bench/GeenKindDeBuurtUit.Benchmarks).");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is ending; the OS cleans its temp folder.
        }
    }
}
