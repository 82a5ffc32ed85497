using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.Neighbourhoods.Application;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Areas, boards, clusters and schools through the Neighbourhoods commands, on top of the pilot.
/// Every bench unit has a numbered name, and a step creates only the names that do not exist yet, so
/// a step stopped halfway (its budget, a signal, a kill) is simply continued by the next one.
/// </summary>
internal sealed class StructureSeeder(InProcessPlatform platform, Scale scale, StepBudget budget)
{
    private const string BenchArea = "Bench area ";
    private const string BenchBoard = "Bench board ";
    private const string BenchCluster = "Bench cluster ";
    private const string BenchSchool = "Bench school ";

    /// <returns>True when the whole structure exists.</returns>
    public async Task<bool> RunAsync()
    {
        var areas = await EnsureAsync(
            (await platform.QueryAsync(Roles.Admin, new ListAreas())).Select(a => (a.Id, a.Name)).ToList(), BenchArea, scale.Areas,
            async name => (await platform.SendAsync(Roles.Admin, new RegisterArea(name))).Id);
        var boards = await EnsureAsync(
            (await platform.QueryAsync(Roles.Admin, new ListBoards())).Select(b => (b.Id, b.Name)).ToList(), BenchBoard, scale.Boards,
            async name => (await platform.SendAsync(Roles.Admin, new RegisterBoard(BoardName(name)))).Id, BoardName);
        var existingClusters = await platform.QueryAsync(Roles.Admin, new ListClusters());
        var pilotClusters = existingClusters.Count(c => !c.Name.StartsWith(BenchCluster, StringComparison.Ordinal));
        var clusterNames = existingClusters.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        await Parallel.ForEachAsync(Enumerable.Range(1, Math.Max(0, scale.Clusters - pilotClusters)), Seeder.Parallelism, async (n, _) =>
        {
            if (!budget.Spent && !clusterNames.Contains(BenchCluster + n))
            {
                await platform.SendAsync(Roles.Admin, new RegisterCluster(BenchCluster + n, areas[(pilotClusters + n - 1) % areas.Count]));
            }
        });
        if (budget.Spent)
        {
            return false;
        }

        var clusters = Numbered(
            (await platform.QueryAsync(Roles.Admin, new ListClusters())).Where(c => c.Name.StartsWith(BenchCluster, StringComparison.Ordinal)).Select(c => (c.Id, c.Name)).ToList(),
            BenchCluster);
        var schools = await platform.QueryAsync(Roles.Admin, new ListSchools());
        var pilotSchools = schools.Count(s => !s.Name.StartsWith(BenchSchool, StringComparison.Ordinal));
        var schoolNames = schools.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var toRegister = Math.Max(0, scale.Schools - pilotSchools);
        if (toRegister > clusters.Count * 4)
        {
            throw new InvalidOperationException($"{toRegister} schools do not fit in {clusters.Count} bench clusters of at most 4.");
        }

        // One worker per cluster: schools joining one cluster at once would race for its last place.
        var perCluster = Enumerable.Range(1, toRegister).GroupBy(n => (n - 1) % clusters.Count);
        await Parallel.ForEachAsync(perCluster, Seeder.Parallelism, async (group, _) =>
        {
            foreach (var n in group.Where(n => !schoolNames.Contains(BenchSchool + n)))
            {
                if (budget.Spent)
                {
                    return;
                }

                await platform.SendAsync(Roles.Admin, new RegisterSchool(BenchSchool + n, null, boards[(n - 1) % boards.Count], clusters[group.Key]));
            }
        });
        return !budget.Spent;
    }

    /// <summary>Every area gets this year's agreement, with a baseline above any year's count so each withdrawal frees money.</summary>
    public async Task AgreeBudgetsAsync()
    {
        var year = SchoolYears.Name(SchoolYears.CurrentStart);
        foreach (var area in await platform.QueryAsync(Roles.Admin, new ListAreas()))
        {
            await platform.SendAsync(Roles.Swv, new SetAgreement(
                year, area.Id, 0.5m, new PlacementRates(14_000m, 18_000m, 26_000m, 38_000m), new ReferralCounts(50_000, 50_000, 50_000, 50_000), 95m));
        }
    }

    private static string BoardName(string numbered) => numbered + " (benchmark data, not a real board)";

    /// <summary>The pilot's units first (by name), then the bench's by number; the missing bench names are made.</summary>
    private static async Task<List<Guid>> EnsureAsync(List<(Guid Id, string Name)> existing, string prefix, int wanted, Func<string, Task<Guid>> register, Func<string, string>? stored = null)
    {
        var names = existing.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var pilot = existing.Count(e => !e.Name.StartsWith(prefix, StringComparison.Ordinal));
        for (var n = 1; n <= wanted - pilot; n++)
        {
            if (!names.Contains(stored?.Invoke(prefix + n) ?? prefix + n))
            {
                existing.Add((await register(prefix + n), stored?.Invoke(prefix + n) ?? prefix + n));
            }
        }

        return Numbered(existing, prefix);
    }

    private static List<Guid> Numbered(List<(Guid Id, string Name)> units, string prefix) =>
        units.OrderBy(u => u.Name.StartsWith(prefix, StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(u => u.Name.StartsWith(prefix, StringComparison.Ordinal) ? Number(u.Name[prefix.Length..]) : 0)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => u.Id)
            .ToList();

    private static int Number(string rest) =>
        int.Parse(new string(rest.TakeWhile(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
}
