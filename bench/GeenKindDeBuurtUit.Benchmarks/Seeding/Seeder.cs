using System.Diagnostics;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Neighbourhoods.Application;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Builds a scale's data set through the platform's commands and events, never SQL inserts, in one
/// or more steps: each step goes on where the manifest says the last one stopped and ends at its
/// budget (docs/adr/0023).
/// </summary>
internal static class Seeder
{
    public static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) };

    private static readonly string[] SchoolMaps = ["support_cases", "expertise_pool", "collective_budget", "monitoring"];

    /// <returns>True when the data set is complete.</returns>
    public static async Task<bool> RunAsync(DataSet dataSet, Manifest manifest, BenchOptions options, StepBudget budget, string commit)
    {
        if (manifest.Complete)
        {
            return true;
        }

        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        bool finished;
        using (var platform = new InProcessPlatform(dataSet.Store, options.HostArgs))
        {
            // Starting it migrates the file, seeds the pilot and starts the relay: a cost of every step, not of a phase.
            _ = platform.Services;
            manifest.Migrations = DataSet.CodeMigrations();
            Console.WriteLine($"seed: platform started in {watch.Elapsed.TotalSeconds:F1} s");
            finished = await PhasesAsync(platform, new PhaseRunner(dataSet, manifest, budget), options.Scale, manifest.Seed, budget);
        }

        dataSet.Checkpoint();
        manifest.Steps.Add(new SeedingStep(started, Math.Round(watch.Elapsed.TotalSeconds, 1), commit, finished));
        manifest.Complete = finished;
        dataSet.Save(manifest);
        return finished;
    }

    private static async Task<bool> PhasesAsync(InProcessPlatform platform, PhaseRunner phases, Scale scale, int seed, StepBudget budget)
    {
        var structure = new StructureSeeder(platform, scale, budget);
        if (!await phases.OnceAsync("structure", structure.RunAsync))
        {
            return false;
        }

        var schools = (await platform.QueryAsync(Roles.Admin, new ListSchools())).OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Id).ToList();
        var areas = (await platform.QueryAsync(Roles.Admin, new ListAreas())).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Id).ToList();
        if (!await phases.OnceAsync("schoolMaps", () => SchoolMapsAsync(platform, schools.Count, budget)))
        {
            return false;
        }

        if (!await phases.OnceAsync("budgets", async () =>
            {
                await structure.AgreeBudgetsAsync();
                return true;
            }))
        {
            return false;
        }

        var cases = new CaseSeeder(platform, scale, seed, schools);
        var expertise = new ExpertiseSeeder(platform, areas, schools);
        if (!await phases.ItemsAsync("supportCases", cases.Items.Count, cases.SeedAsync)
            || !await phases.ItemsAsync("professionals", scale.Professionals, expertise.ProfessionalAsync)
            || !await phases.ItemsAsync("expertiseRequests", scale.ExpertiseRequests, expertise.RequestAsync))
        {
            return false;
        }

        if (scale.Years > scale.CommandYears)
        {
            // The school years before the command years: their referrals, to the modules that keep history.
            var history = HistorySeeder.Referrals(schools, SchoolYears.CurrentStart - scale.Years + 1, SchoolYears.CurrentStart - scale.CommandYears, scale.ReferralsPerYear, seed * 7);
            var monitoring = new EventPublisher(platform.Services, "GeenKindDeBuurtUit.Monitoring");
            var budgets = new EventPublisher(platform.Services, "GeenKindDeBuurtUit.CollectiveBudget");
            if (!await phases.ItemsAsync("historyEvents", history.Count, async (i, _) =>
                {
                    await monitoring.PublishAsync(history[i]);
                    await budgets.PublishAsync(history[i]);
                }))
            {
                return false;
            }
        }

        if (scale.MonitoringReferralsPerYear > 0)
        {
            // The country's referral history for monitoring reads, to the Monitoring module only.
            var referrals = HistorySeeder.Referrals(schools, SchoolYears.CurrentStart - scale.Years + 1, SchoolYears.CurrentStart, scale.MonitoringReferralsPerYear, seed * 42);
            var monitoring = new EventPublisher(platform.Services, "GeenKindDeBuurtUit.Monitoring");
            if (!await phases.ItemsAsync("monitoringEvents", referrals.Count, async (i, _) => await monitoring.PublishAsync(referrals[i])))
            {
                return false;
            }
        }

        // The measured host starts with no backlog.
        return await phases.OnceAsync("outboxDrain", () => Database.DrainAsync(platform.Store, () => budget.Spent, TimeSpan.FromHours(1)));
    }

    /// <summary>Every module knows every school (SchoolRegistered went round) before cases are opened at them.</summary>
    private static async Task<bool> SchoolMapsAsync(InProcessPlatform platform, int schools, StepBudget budget)
    {
        foreach (var module in SchoolMaps)
        {
            while (await Database.ScalarAsync<long>(platform.Store, $"select count(*) from {platform.Store.Table(module, "school_placements")}") < schools)
            {
                if (budget.Spent)
                {
                    return false;
                }

                await Task.Delay(200);
            }
        }

        return true;
    }
}
