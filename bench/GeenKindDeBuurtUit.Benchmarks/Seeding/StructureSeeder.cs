using System.Net;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>Areas, boards, clusters and schools through the Neighbourhoods admin endpoints, on top of the pilot.</summary>
internal sealed class StructureSeeder(InProcessPlatform platform, Scale scale, SeededData data)
{
    public async Task RunAsync()
    {
        var admin = platform.Client(Roles.Admin);
        var areas = (await admin.GetAsync("/api/v1/areas")).AsArray().Select(Id).ToList();
        for (var i = areas.Count; i < scale.Areas; i++)
        {
            areas.Add(Id(await admin.PostAsync("/api/v1/areas", new { name = $"Bench area {i + 1}" })));
        }

        var boards = (await admin.GetAsync("/api/v1/boards")).AsArray().Select(Id).ToList();
        for (var i = boards.Count; i < scale.Boards; i++)
        {
            boards.Add(Id(await admin.PostAsync("/api/v1/boards", new { name = $"Bench board {i + 1} (benchmark data, not a real board)" })));
        }

        var pilotClusters = (await admin.GetAsync("/api/v1/clusters")).AsArray().Count;
        var newClusters = new List<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(pilotClusters, Math.Max(0, scale.Clusters - pilotClusters)), Parallelism(), async (i, _) =>
        {
            var cluster = Id(await platform.Client(Roles.Admin).PostAsync("/api/v1/clusters", new { name = $"Bench cluster {i + 1}", areaId = areas[i % areas.Count] }));
            lock (newClusters)
            {
                newClusters.Add(cluster);
            }
        });

        var existing = (await admin.GetAsync("/api/v1/schools")).AsArray().Count;
        var toRegister = Math.Max(0, scale.Schools - existing);
        if (toRegister > newClusters.Count * 4)
        {
            throw new InvalidOperationException($"{toRegister} schools do not fit in {newClusters.Count} new clusters of at most 4.");
        }

        // One worker per cluster: schools joining one cluster at once would race for its last place.
        var perCluster = Enumerable.Range(0, toRegister).GroupBy(i => i % newClusters.Count);
        await Parallel.ForEachAsync(perCluster, Parallelism(), async (group, _) =>
        {
            var client = platform.Client(Roles.Admin);
            foreach (var i in group)
            {
                await client.PostAsync("/api/v1/schools", new { name = $"Bench school {i + 1}", brin = (string?)null, boardId = boards[i % boards.Count], clusterId = newClusters[group.Key] });
            }
        });

        foreach (var school in (await admin.GetAsync("/api/v1/schools")).AsArray())
        {
            data.SchoolIds.Add(Id(school));
            data.AreaOfSchool[Id(school)] = school!["areaId"]!.GetValue<Guid>();
        }

        data.AreaIds.AddRange(areas);
        data.Counts["areas"] = areas.Count;
        data.Counts["boards"] = boards.Count;
        data.Counts["clusters"] = pilotClusters + newClusters.Count;
        data.Counts["schools"] = data.SchoolIds.Count;
    }

    /// <summary>Every area gets this year's agreement, with a baseline above any year's count so each withdrawal frees money.</summary>
    public async Task AgreeBudgetsAsync()
    {
        var swv = platform.Client(Roles.Swv);
        var year = SchoolYears.Name(SchoolYears.CurrentStart);
        foreach (var area in data.AreaIds)
        {
            await swv.PutAsync($"/api/v1/budgets/{year}/areas/{area}/agreement", new
            {
                poolShare = 0.5m,
                rates = new { sbo = 14_000m, soLow = 18_000m, soMedium = 26_000m, soHigh = 38_000m },
                baseline = new { sbo = 50_000, soLow = 50_000, soMedium = 50_000, soHigh = 50_000 },
                expertiseHourRate = 95m,
            });
        }
    }

    private static ParallelOptions Parallelism() => new() { MaxDegreeOfParallelism = 4 };

    private static Guid Id(JsonNode? node) => node!["id"]!.GetValue<Guid>();
}
