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
            var setup = "bare Kestrel runs as its own process (dotnet exec, loopback), like the host; "
                + string.Join(" and ", storage.Select(s => $"raw {s.Engine}")) + (storage.Count == 1 ? " runs" : " run") + " in the benchmark process"
                + (postgresql is null ? string.Empty : $"; PostgreSQL is {postgresql.Origin}");
            var result = new BenchResult(
                options.Scale.Name, options.Volume, options.Provider.ToString(), started, Machine.Current(), commit, seeding, setup,
                ceilings, endpoints, propagation, recalculation, memory, targets, Math.Round(total.Elapsed.TotalSeconds, 1));
            Write(result, options.OutFolder ?? Path.Combine(root, "bench", "results"));

            var errors = endpoints.Sum(e => e.Result.Errors) + ceilings.Sum(c => c.Result.Errors);
            var unmeasured = endpoints.Concat(ceilings).Where(e => e.Result.Requests == 0).Select(e => $"{e.Name} @{e.Result.Connections}").ToList();
            if (errors > 0 || propagation.TimedOut > 0 || unmeasured.Count > 0)
            {
                Console.Error.WriteLine($"bench: {errors} requests failed, {propagation.TimedOut} withdrawals never reached the budget"
                    + $" and {unmeasured.Count} paths measured no request ({string.Join(", ", unmeasured)}): the figures are not trustworthy.");
                return 2;
            }

            return 0;
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
        await using var second = store.OnPostgreSql
            ? await ChildProcess.StartAsync(hostDll, hostArgs, Path.Combine(folder, "host2.log"), "/health/ready", production)
            : null;
        var bareEnvironment = new Dictionary<string, string>(production) { ["DOTNET_gcServer"] = ServerGc(hostDll) ? "1" : "0" };
        await using var bare = await ChildProcess.StartAsync(
            Assembly.GetExecutingAssembly().Location, [BareKestrel.Mode], Path.Combine(folder, "bare.log"), "/ping", bareEnvironment);
        foreach (var engine in storage)
        {
            await engine.PrepareAsync();
        }

        var warmup = scale.LoadDuration / 4;
        var ceilings = new List<Measured>();
        var endpoints = new List<Measured>();

        // Every measured run (a concurrency on one host, or on two) spends a slice of its own of the prepared cases.
        var runs = Scale.Connections.Select(c => (Connections: c, Hosts: 1))
            .Concat(second is null ? [] : Scale.Connections.Where(c => c > 1).Select(c => (Connections: c, Hosts: 2))).ToList();
        var sliceSize = data.OtReadyCases.Count / runs.Count;
        var scenarios = Scenarios.For(data, run => data.OtReadyCases.Skip(run * sliceSize).Take(sliceSize).ToList());
        foreach (var connections in Scale.Connections)
        {
            using var bareClient = HttpLoadClient.Create(bare.BaseAddress, null, connections);
            var kestrel = await ClosedLoop.RunAsync(connections, scale.LoadDuration, warmup, async (_, _) =>
                await HttpLoadClient.SendAsync(bareClient, new HttpRequestMessage(HttpMethod.Get, "/ping"), System.Net.HttpStatusCode.OK));
            ceilings.Add(new("bare Kestrel GET (ceiling)", "ceiling", kestrel, null, null));
            LoadResult? insert = null;
            foreach (var engine in storage)
            {
                var read = await engine.ReadAsync(connections, scale.LoadDuration, warmup);
                var inserted = await engine.InsertAsync(connections, scale.LoadDuration, warmup);
                insert ??= inserted;
                ceilings.Add(new($"raw {engine.Engine} primary-key read (ceiling)", "ceiling", read, null, null));
                ceilings.Add(new($"raw {engine.Engine} insert transaction (ceiling)", "ceiling", inserted, null, null));
                Console.WriteLine($"ceiling @{connections}: {engine.Engine} read {read.Rps}/s, insert {inserted.Rps}/s");
            }

            Console.WriteLine($"ceiling @{connections}: kestrel {kestrel.Rps} rps");
            foreach (var hosts in runs.Where(r => r.Connections == connections).Select(r => r.Hosts))
            {
                var run = runs.IndexOf((connections, hosts));
                var servers = hosts == 1 ? [host] : new[] { host, second! };
                foreach (var scenario in scenarios)
                {
                    // The client splits its connections over the hosts, worker by worker, as a round-robin balancer would.
                    var clients = servers.Select(s => HttpLoadClient.Create(s.BaseAddress, tokens.Issue(scenario.Role, "bench-load"), connections)).ToList();
                    try
                    {
                        var result = await ClosedLoop.RunAsync(connections, scale.LoadDuration, warmup,
                            (worker, sequence) => scenario.Operation(clients[worker % clients.Count], run, sequence), scenario.Capacity?.Invoke(run));
                        var ceiling = scenario.IsWrite ? insert! : kestrel;
                        endpoints.Add(new(scenario.Name, scenario.IsWrite ? "write" : "read", result,
                            scenario.IsWrite ? "raw insert transaction" : "bare Kestrel", Math.Round(result.Rps / ceiling.Rps, 3), hosts));
                        Console.WriteLine($"{scenario.Name} @{connections} on {hosts} host(s): {result.Rps} rps, p50 {result.P50Ms} p99 {result.P99Ms} ms, errors {result.Errors}");
                    }
                    finally
                    {
                        clients.ForEach(c => c.Dispose());
                    }
                }
            }
        }

        await Database.DrainAsync(store, TimeSpan.FromMinutes(5));
        using var swv = HttpLoadClient.Create(host.BaseAddress, tokens.Issue("swv", "bench-propagation"), 1);
        var propagation = await Propagation.RunAsync(swv, data, scale.Withdrawals);
        Console.WriteLine($"propagation: p50 {propagation.P50Ms} ms, p95 {propagation.P95Ms} ms");
        var memory = new Memory(Math.Round(host.PeakWorkingSetBytes() / 1048576.0, 1), Math.Round(host.PeakPrivateBytes / 1048576.0, 1));
        return (ceilings, endpoints, propagation, memory);
    }

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

    private static bool ServerGc(string hostDll)
    {
        var config = Path.ChangeExtension(hostDll, ".runtimeconfig.json");
        return File.Exists(config) && File.ReadAllText(config).Contains("\"System.GC.Server\": true", StringComparison.Ordinal);
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
