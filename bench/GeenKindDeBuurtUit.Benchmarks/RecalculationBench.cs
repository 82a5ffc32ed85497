using System.Diagnostics;
using GeenKindDeBuurtUit.Benchmarks.Seeding;
using GeenKindDeBuurtUit.Benchmarks.Storage;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace GeenKindDeBuurtUit.Benchmarks;

/// <summary>
/// The cost of the freed-funds recalculation of one area as its referrals grow: one area per size,
/// all in one database, filled through the Collective Budget module's own event handlers. Each timed
/// run follows one withdrawal, so it books an adjustment as it does in production. The job server is
/// off in this platform, so no background run claims the area while the benchmark times it.
/// </summary>
internal static class RecalculationBench
{
    private const string Budget = "GeenKindDeBuurtUit.CollectiveBudget";

    /// <summary>A size whose fill through events would take longer than this is skipped and reported so (a loaded machine).</summary>
    private static readonly TimeSpan FillBudget = TimeSpan.FromMinutes(4);

    public sealed record Size(int Referrals, int Runs, double FillSeconds, double P50Ms, double P95Ms, double MinMs, string? Note = null);

    public static async Task<List<Size>> RunAsync(Store store, BenchOptions options)
    {
        using var platform = new NoJobsPlatform(store, options.HostArgs);
        var publisher = new EventPublisher(platform.Services, Budget);
        var year = SchoolYear.Of(SchoolYears.Today);
        var results = new List<Size>();
        var eventsPerSecond = double.PositiveInfinity;
        foreach (var size in options.Scale.RecalculationSizes)
        {
            if (size / eventsPerSecond > FillBudget.TotalSeconds)
            {
                var projected = Math.Round(size / eventsPerSecond);
                results.Add(new Size(size, 0, projected, double.NaN, double.NaN, double.NaN, $"skipped: filling it through events would take about {projected} s here"));
                Console.WriteLine($"recalculation: {size} referrals skipped, fill projected at {projected} s");
                continue;
            }

            var (area, school) = (Guid.NewGuid(), Guid.NewGuid());
            await publisher.PublishAsync(new SchoolRegisteredIntegrationEvent(school, $"Recalculation school {size}", null, Guid.NewGuid(), Guid.NewGuid(), area, $"Cluster {size}", $"Area {size}"));
            await platform.SendAsync(Roles.Swv, new SetAgreement(
                year.ToString(), area, 0.5m, new PlacementRates(14_000m, 18_000m, 26_000m, 38_000m), new ReferralCounts(size, size, size, size), 95m));
            var referrals = Enumerable.Range(0, size).Select(i => new PupilReferredIntegrationEvent(
                Guid.NewGuid(), school, i % 2 == 0 ? "sbo" : "so", i % 2 == 0 ? null : "medium", year.ToString(), SchoolYears.Today.AddDays(-(i % 60)))).ToList();
            var fill = Stopwatch.StartNew();
            // Every event of a size moves the one area's pending row: on PostgreSQL parallel handlers would only take turns through retries.
            await publisher.PublishAsync(referrals, store.OnPostgreSql ? 1 : 4);
            var fillSeconds = fill.Elapsed.TotalSeconds;
            eventsPerSecond = size / fillSeconds;
            await RecalculateAsync(platform, year, area);

            var runs = new List<double>();
            foreach (var referral in referrals.Take(size >= 100_000 ? 10 : 20))
            {
                await publisher.PublishAsync(new ReferralWithdrawnIntegrationEvent(
                    referral.CaseId, referral.SchoolId, referral.Type, referral.Category, referral.SchoolYear, referral.DecidedOn, SchoolYears.Today));
                runs.Add(await RecalculateAsync(platform, year, area));
            }

            runs.Sort();
            results.Add(new Size(size, runs.Count, Math.Round(fillSeconds, 1), Math.Round(runs[runs.Count / 2], 2), Math.Round(runs[(int)Math.Ceiling(0.95 * runs.Count) - 1], 2), Math.Round(runs[0], 2)));
            Console.WriteLine($"recalculation: {size} referrals: p50 {results[^1].P50Ms} ms (fill {fillSeconds:F1} s)");
        }

        return results;
    }

    private static async Task<double> RecalculateAsync(InProcessPlatform platform, SchoolYear year, Guid area)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<FreedFundsRecalculationJob>();
        var watch = Stopwatch.StartNew();
        await job.RecalculateAsync(year, area, CancellationToken.None);
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The platform without its Hangfire server: jobs are enqueued but never run in the background.</summary>
    private sealed class NoJobsPlatform(Store store, IReadOnlyList<KeyValuePair<string, string>> hostArgs)
        : InProcessPlatform(store, hostArgs)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var servers = services.Where(d => d.ServiceType == typeof(IHostedService)
                    && (d.ImplementationType?.FullName ?? d.ImplementationFactory?.Method.DeclaringType?.FullName ?? string.Empty).Contains("Hangfire", StringComparison.Ordinal)).ToList();
                if (servers.Count == 0)
                {
                    throw new InvalidOperationException("Found no Hangfire server to switch off.");
                }

                foreach (var server in servers)
                {
                    services.Remove(server);
                }
            });
        }
    }
}
