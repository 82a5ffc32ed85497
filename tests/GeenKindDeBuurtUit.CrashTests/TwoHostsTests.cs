using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// Scale-out (docs/adr/0043): two host processes behind one address share one PostgreSQL database,
/// the load split between them, one of them killed at a crash point and restarted while the other
/// carries on. Afterwards every event has taken effect once, the audit chain holds both hosts'
/// records and verifies, every Idempotency-Key had one effect wherever its retry landed, and each
/// occurrence of a recurring job ran once across both hosts.
/// </summary>
public sealed class TwoHostsTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Points = [PlatformFaultPoints.OutboxCommitted, PlatformFaultPoints.HandlerCommitted, CollectiveBudgetFaultPoints.BudgetRecalculated];

    // Leases short enough that the survivor takes over the claims of the killed host within the run,
    // long enough that a live host under load keeps its own. The cleanup runs every ten seconds, so
    // a run sees several of its occurrences.
    private static readonly Dictionary<string, string> Shared = new()
    {
        ["Outbox__Lease"] = "00:00:05",
        ["CollectiveBudget__Recalculation__Lease"] = "00:00:05",
        ["Idempotency__InFlightLease"] = "00:00:03",
        ["Idempotency__CleanupCron"] = RecurringRuns.EveryTenSeconds,
    };

    private const int ThisYearShare = 15;
    private static readonly TestTokens Tokens = new(PlatformFactory.SigningKey);

    // Two hosts, their Hangfire servers and PostgreSQL share a small CI machine: an answer may be slow
    // there without being lost, and this test is about effects, not latency.
    internal static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [PostgreSqlFact]
    public async Task Two_hosts_on_one_postgresql_database_one_killed_and_restarted_take_every_effect_once()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var point = Points[(seed & int.MaxValue) % Points.Length];
        var arrival = point == CollectiveBudgetFaultPoints.BudgetRecalculated ? random.Next(1, 4) : random.Next(2, 12);

        // A sub per host: the audit trail tells the hosts' records apart by actor.
        var tokenA = Tokens.Create([Roles.Admin], subject: "host-a");
        var tokenB = Tokens.Create([Roles.Admin], subject: "host-b");
        var clock = Stopwatch.StartNew();
        var lives = new List<HostProcess>();
        using var database = HostDatabase.OnPostgreSql();
        try
        {
            Trace($"start, {point}:{arrival}");
            var b = await StartAsync(database, "B", new(Shared), lives);
            await Settle.SeededAsync(database);
            using var clientB = b.Client(tokenB, Patience);
            var apiB = new PlatformApi(clientB);
            // Fewer referrals this year than last: funds are freed, and every withdrawal frees more,
            // so both hosts' recalculations must agree on a figure above zero.
            var workB = new KillWorkload(seed, ThisYearShare);
            var workA = new KillWorkload(seed + 1, ThisYearShare);
            await workB.SetUpAsync(apiB);
            await ExpertiseLoad.RegisterProfessionalsAsync(apiB, 16);
            var expertiseA = new ExpertiseLoad();
            var expertiseB = new ExpertiseLoad();
            var keyed = new KeyedRetries(Tokens.Create([Roles.Admin], subject: "retrier"), workB.Schools[1].Id);

            Trace("setup done");
            var a = await StartAsync(database, "A", new(Shared) { ["Database__ApplyMigrationsAtStartup"] = "false", [FaultInjection.KillVariable] = $"{point}:{arrival}" }, lives, mayDieStarting: true);
            using (var clientA = a.Client(tokenA, Patience))
            {
                var apiA = new PlatformApi(clientA);
                await workA.JoinAsync(apiB);

                // Both hosts under load until A dies at its crash point; keyed requests to A meanwhile, each answer replayed by B.
                var until = DateTime.UtcNow + TimeSpan.FromMinutes(3);
                var loadA = GuardAsync(LoadUntilDeadAsync(apiA, a, workA, expertiseA, random.Next(), until));
                var keyedA = GuardAsync(keyed.RunUntilDeadAsync(a, b, until, _stop.Token));
                var loadB = GuardAsync(LoadWhileAsync(apiB, workB, expertiseB, random.Next(), () => !loadA.IsCompleted && DateTime.UtcNow < until));
                await Task.WhenAll(loadA, keyedA, loadB);
                Trace($"phase 1 done, A exited {a.HasExited}");
            }

            Assert.True(await a.WaitForExitAsync(TimeSpan.FromSeconds(15)), $"A was still alive: {point}:{arrival} was not reached within three minutes");
            Assert.Equal(137, a.ExitCode);
            Assert.Contains($"CRASH POINT {point} reached ({arrival})", a.Output, StringComparison.Ordinal);
            var killedAfter = clock.Elapsed;

            // A again, as production restarts it; the load continues on both, and keyed requests time out on one host and are retried on the other.
            var a2 = await StartAsync(database, "A2", new(Shared) { ["Database__ApplyMigrationsAtStartup"] = "false" }, lives);
            using var clientA2 = a2.Client(tokenA, Patience);
            var apiA2 = new PlatformApi(clientA2);
            var steps = 0;
            await Task.WhenAll(
                GuardAsync(LoadWhileAsync(apiA2, workA, expertiseA, random.Next(), () => Interlocked.Increment(ref steps) <= 15)),
                GuardAsync(LoadWhileAsync(apiB, workB, expertiseB, random.Next(), () => Volatile.Read(ref steps) <= 15)),
                GuardAsync(TimeOutsAsync(keyed, a2, b)));
            Trace("phase 2 done");

            // Enough of the recurring job's occurrences, then the hosts settle.
            await Eventually.AssertAsync(async () => (await RecurringRuns.ReadAsync(database)).Succeeded >= 4, "the cleanup has run at least four times", TimeSpan.FromSeconds(60));
            Trace("recurring seen");
            await Settle.QuietAsync(database, TimeSpan.FromSeconds(90));
            Trace("settled");
            Assert.Equal(0, await database.UndeliveredAsync());

            var figures = await KillInvariants.AssertAsync(apiB, workA, workB);
            var ledger = await apiB.LedgerAsync(KillWorkload.ThisYear.ToString(), KillWorkload.Area);
            var summary = await apiB.SummaryAsync(KillWorkload.ThisYear.ToString(), KillWorkload.Area);
            Assert.True(summary["freedFunds"]!.GetValue<decimal>() > 0, $"no funds were freed: {figures}");
            var expertise = await ExpertiseLoad.AssertChargedOnceAsync(apiB, ledger, [expertiseA, expertiseB]);
            Assert.Equal(
                summary.ToJsonString(),
                (await apiA2.SummaryAsync(KillWorkload.ThisYear.ToString(), KillWorkload.Area)).ToJsonString());
            var keys = await keyed.AssertOneCaseEachAsync(apiA2);
            var audit = await AssertAuditAsync(clientA2);
            var runs = await RecurringRuns.ReadAsync(database);
            runs.AssertOncePerOccurrence();
            var delivered = await DeliveredAsync(database);
            var failed = await database.FailedDeliveriesAsync();

            foreach (var host in new[] { a2, b })
            {
                host.Terminate();
                Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(30)), "a host did not stop on SIGTERM");
            }

            output.WriteLine($"Seed {seed}; A killed at {point}:{arrival} after {killedAfter.TotalSeconds:0} s; done in {clock.Elapsed.TotalSeconds:0} s, {workA.Calls + workB.Calls} workload calls.");
            output.WriteLine($"Events: {delivered}; failed deliveries retried: {failed.Count}{(failed.Count > 0 ? ": " + string.Join("; ", failed) : string.Empty)}.");
            output.WriteLine("Support route and budget: " + figures);
            output.WriteLine("Expertise: " + expertise + $"; refused steps {expertiseA.Refused + expertiseB.Refused}; 412 conflicts between the hosts, read again {_conflicts}");
            output.WriteLine("Idempotency: " + keys);
            output.WriteLine("Audit: " + audit);
            output.WriteLine("Recurring: " + runs.Describe(lives));
        }
        catch
        {
            output.WriteLine($"Seed {seed}; A armed at {point}:{arrival}; failed after {clock.Elapsed.TotalSeconds:0} s. Output of the hosts:");
            foreach (var life in lives)
            {
                output.WriteLine(life.Output);
            }

            throw;
        }
        finally
        {
            foreach (var life in lives)
            {
                await life.DisposeAsync();
            }
        }
    }

    /// <summary>A's share of the load until it dies; a call cut off by the death is the end of it.</summary>
    private async Task LoadUntilDeadAsync(PlatformApi api, HostProcess host, KillWorkload work, ExpertiseLoad expertise, int seed, DateTime until)
    {
        var random = new Random(seed);
        while (DateTime.UtcNow < until && !host.HasExited && !_stop.IsCancellationRequested)
        {
            try
            {
                await StepAsync(api, work, expertise, random);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or TimeoutException)
            {
                if (await host.WaitForExitAsync(TimeSpan.FromSeconds(5)))
                {
                    return;
                }

                throw;
            }
        }
    }

    private async Task LoadWhileAsync(PlatformApi api, KillWorkload work, ExpertiseLoad expertise, int seed, Func<bool> more)
    {
        var random = new Random(seed);
        while (more() && !_stop.IsCancellationRequested)
        {
            await StepAsync(api, work, expertise, random);
        }
    }

    // One step in eight is expertise: a request, its assignment, hours and completion. Two hosts
    // changing one budget or one professional at the same moment make one of them answer 412, as
    // the contract says; the client reads again and carries on, as a real one would.
    private async Task StepAsync(PlatformApi api, KillWorkload work, ExpertiseLoad expertise, Random random)
    {
        try
        {
            await (random.Next(8) == 0 ? expertise.StepAsync(api, work.Schools[random.Next(work.Schools.Count)].Id) : work.StepAsync(api));
        }
        catch (UnexpectedAnswerException conflict) when (conflict.Message.Contains("got 412", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _conflicts);
            Trace(conflict.Message);
        }
        catch (TaskCanceledException timeout) when (timeout.InnerException is TimeoutException)
        {
            throw new TimeoutException($"{api.Client.BaseAddress} did not answer within {api.Client.Timeout.TotalSeconds} s", timeout);
        }
    }

    private readonly CancellationTokenSource _stop = new();
    private int _conflicts;

    public void Dispose() => _stop.Dispose();

    // Loads run side by side; the first to fail stops the others, so the test fails instead of waiting for them.
    private async Task GuardAsync(Task load)
    {
        try
        {
            await load;
        }
        catch (Exception exception)
        {
            Trace($"failed: {exception.Message}");
            await _stop.CancelAsync();
            throw;
        }
    }

    // The test's output shows only once it ends; GKDBU_TWO_HOSTS_TRACE names a file to follow a run while it goes.
    private void Trace(string line)
    {
        if (Environment.GetEnvironmentVariable("GKDBU_TWO_HOSTS_TRACE") is { Length: > 0 } file)
        {
            lock (this)
            {
                File.AppendAllText(file, $"{DateTime.UtcNow:HH:mm:ss.fff} {line}{Environment.NewLine}");
            }
        }
    }

    private static async Task TimeOutsAsync(KeyedRetries keyed, HostProcess a, HostProcess b)
    {
        foreach (var patience in new[] { 5, 20, 50, 100, 200, 400 })
        {
            var (first, other) = patience % 20 == 0 ? (a, b) : (b, a);
            await keyed.TimeOutAndRetryAsync(first, other, TimeSpan.FromMilliseconds(patience));
        }
    }

    /// <summary>The chain verifies over everything both hosts appended, and holds each host's own records.</summary>
    private static async Task<string> AssertAuditAsync(HttpClient admin)
    {
        var verification = (await admin.GetFromJsonAsync<JsonObject>("/api/v1/audit/verification"))!;
        Assert.True(verification["valid"]!.GetValue<bool>(), $"the audit chain does not verify: {verification.ToJsonString()}");
        var byActor = new Dictionary<string, int>();
        foreach (var actor in new[] { "host-a", "host-b", "retrier" })
        {
            byActor[actor] = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/audit?actor={actor}&pageSize=1"))!["total"]!.GetValue<int>();
        }

        Assert.True(byActor["host-a"] > 0 && byActor["host-b"] > 0, $"the chain lacks a host's records: {string.Join(", ", byActor)}");
        return $"chain valid over {verification["records"]} records; by host A {byActor["host-a"]}, by host B {byActor["host-b"]}, keyed retries on both {byActor["retrier"]}";
    }

    private static async Task<string> DeliveredAsync(HostDatabase database)
    {
        var outbox = await database.CountAsync("SELECT " + string.Join(" + ", HostDatabase.Modules.Select(m => $"(SELECT COUNT(*) FROM {m}_outbox_messages WHERE ProcessedAt IS NOT NULL)")));
        var inbox = await database.CountAsync("SELECT " + string.Join(" + ", HostDatabase.Modules.Select(m => $"(SELECT COUNT(*) FROM {m}_inbox_messages)")));
        return $"{outbox} outbox messages delivered, none left; {inbox} handler inbox records";
    }

    private static async Task<HostProcess> StartAsync(HostDatabase database, string name, Dictionary<string, string> environment, List<HostProcess> lives, bool mayDieStarting = false)
    {
        var host = await HostProcess.StartAsync(database, name, environment, mayDieStarting);
        lives.Add(host);
        return host;
    }
}
