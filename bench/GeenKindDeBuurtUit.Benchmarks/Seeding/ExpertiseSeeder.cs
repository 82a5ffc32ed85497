using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>Professionals and expertise requests through the Expertise Pool endpoints, as a coordinator.</summary>
internal sealed class ExpertiseSeeder(InProcessPlatform platform, Scale scale, SeededData data)
{
    private static readonly string[] Expertise = ["language", "tos", "behaviour", "learning", "early-childhood", "newcomer"];

    public async Task RunAsync()
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = 4 };
        await Parallel.ForEachAsync(Enumerable.Range(0, scale.Professionals), options, async (i, _) =>
            await platform.Client(Roles.Coordinator).PostAsync("/api/v1/professionals", new
            {
                name = $"Bench professional {i + 1}",
                organisation = "Benchmark pool (not a real organisation)",
                expertise = new[] { Expertise[i % Expertise.Length], Expertise[(i + 1) % Expertise.Length] },
                areaIds = new[] { data.AreaIds[i % data.AreaIds.Count] },
                hoursPerWeek = 16m,
            }));
        await Parallel.ForEachAsync(Enumerable.Range(0, scale.ExpertiseRequests), options, async (i, _) =>
            await platform.Client(Roles.Coordinator).PostAsync("/api/v1/expertise-requests", new
            {
                schoolId = data.SchoolIds[i % data.SchoolIds.Count],
                expertise = Expertise[i % Expertise.Length],
                hours = 1m + (i % 8),
            }));
        data.Counts["professionals"] = scale.Professionals;
        data.Counts["expertiseRequests"] = scale.ExpertiseRequests;
    }
}
