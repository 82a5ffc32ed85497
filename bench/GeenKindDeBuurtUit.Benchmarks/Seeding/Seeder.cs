using System.Diagnostics;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>Builds a scale's data set in the run's database through the platform's commands and events, never SQL inserts.</summary>
internal static class Seeder
{
    private static readonly string[] SchoolMaps =
        ["support_cases_school_placements", "expertise_pool_school_placements", "collective_budget_school_placements", "monitoring_school_placements"];

    public static async Task<SeededData> RunAsync(string databaseFile, Tokens tokens, BenchOptions options)
    {
        var scale = options.Scale;
        var data = new SeededData();
        using var platform = new InProcessPlatform(databaseFile, tokens, options.HostArgs);
        var structure = new StructureSeeder(platform, scale, data);
        await PhaseAsync(data, "structure", structure.RunAsync);
        await PhaseAsync(data, "schoolMaps", async () =>
        {
            foreach (var table in SchoolMaps)
            {
                while (await Outboxes.CountAsync(platform.ConnectionString, $"select count(*) from {table}") < data.SchoolIds.Count)
                {
                    await Task.Delay(200);
                }
            }
        });
        await PhaseAsync(data, "budgets", structure.AgreeBudgetsAsync);
        await PhaseAsync(data, "supportCases", new CaseSeeder(platform, scale, data).RunAsync);
        await PhaseAsync(data, "expertise", new ExpertiseSeeder(platform, scale, data).RunAsync);
        if (scale.Years > scale.CommandYears)
        {
            await PhaseAsync(data, "historyEvents", () => HistoryAsync(platform, scale, data));
        }

        if (scale.MonitoringReferralsPerYear > 0)
        {
            await PhaseAsync(data, "monitoringEvents", () => MonitoringReferralsAsync(platform, scale, data));
        }

        await PhaseAsync(data, "outboxDrain", () => Outboxes.DrainAsync(platform.ConnectionString, TimeSpan.FromMinutes(15)));
        return data;
    }

    /// <summary>The school years before the command years: their referrals, to the modules that keep history.</summary>
    private static async Task HistoryAsync(InProcessPlatform platform, Scale scale, SeededData data)
    {
        var events = Referrals(data, SchoolYears.CurrentStart - scale.Years + 1, SchoolYears.CurrentStart - scale.CommandYears, scale.ReferralsPerYear, new Random(7));
        await Task.WhenAll(
            new EventPublisher(platform.Services, "GeenKindDeBuurtUit.Monitoring").PublishAsync(events, 2),
            new EventPublisher(platform.Services, "GeenKindDeBuurtUit.CollectiveBudget").PublishAsync(events, 2));
        data.Counts["historyReferralEvents"] = events.Count;
    }

    /// <summary>The country's referral history for monitoring reads: PupilReferred events to the Monitoring module's handler.</summary>
    private static async Task MonitoringReferralsAsync(InProcessPlatform platform, Scale scale, SeededData data)
    {
        var events = Referrals(data, SchoolYears.CurrentStart - scale.Years + 1, SchoolYears.CurrentStart, scale.MonitoringReferralsPerYear, new Random(42));
        await new EventPublisher(platform.Services, "GeenKindDeBuurtUit.Monitoring").PublishAsync(events);
        data.Counts["monitoringReferralEvents"] = events.Count;
    }

    private static List<PupilReferredIntegrationEvent> Referrals(SeededData data, int fromYear, int toYear, int perYear, Random random)
    {
        var kinds = new (string Type, string? Category)[] { ("sbo", null), ("so", "low"), ("so", "medium"), ("so", "high") };
        var events = new List<PupilReferredIntegrationEvent>();
        for (var year = fromYear; year <= toYear; year++)
        {
            for (var i = 0; i < perYear; i++)
            {
                var (type, category) = kinds[random.Next(kinds.Length)];
                events.Add(new PupilReferredIntegrationEvent(
                    Guid.NewGuid(), data.SchoolIds[random.Next(data.SchoolIds.Count)], type, category, SchoolYears.Name(year), SchoolYears.RandomDay(year, 0, random)));
            }
        }

        return events;
    }

    private static async Task PhaseAsync(SeededData data, string name, Func<Task> phase)
    {
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"seed: {name} ...");
        await phase();
        data.PhaseSeconds[name] = Math.Round(watch.Elapsed.TotalSeconds, 1);
        Console.WriteLine($"seed: {name} done in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
