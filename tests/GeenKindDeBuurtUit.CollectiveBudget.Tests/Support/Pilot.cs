using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;

/// <summary>The seeded pilot as the reference data API shows it, once this module's own school map has caught up.</summary>
internal sealed record Pilot(IReadOnlyList<PilotSchool> Schools, IReadOnlyList<PilotCluster> Clusters, IReadOnlyList<PilotBoard> Boards)
{
    private const int SeededSchools = 17;

    public IEnumerable<PilotSchool> In(Guid areaId) => Schools.Where(s => s.AreaId == areaId);

    /// <summary>The seeded placeholder boards with schools in the area, A, B, C: boards other tests register are left out.</summary>
    public IReadOnlyList<Guid> BoardsIn(Guid areaId) =>
        Boards.Where(b => b.Name.StartsWith("Placeholder board", StringComparison.Ordinal) && In(areaId).Any(s => s.BoardId == b.Id))
            .OrderBy(b => b.Name, StringComparer.Ordinal).Select(b => b.Id).ToList();

    public static async Task<Pilot> LoadAsync(PlatformFactory platform)
    {
        // Starts the platform (migrations, seed) before anything reads its database.
        _ = platform.Services;

        // The module learns the schools from the Neighbourhoods module's events, a moment after start-up.
        await Eventually.AssertAsync(
            async () => await platform.CountAsync("SELECT COUNT(*) FROM collective_budget_school_placements") >= SeededSchools,
            "the Collective Budget module knows the seeded schools");
        using var admin = platform.Admin();
        var schools = await admin.GetFromJsonAsync<List<PilotSchool>>("/api/v1/schools");
        var clusters = await admin.GetFromJsonAsync<List<PilotCluster>>("/api/v1/clusters");
        var boards = await admin.GetFromJsonAsync<List<PilotBoard>>("/api/v1/boards");
        return new Pilot(schools!, clusters!, boards!);
    }
}

internal sealed record PilotSchool(Guid Id, string Name, Guid BoardId, Guid ClusterId, Guid AreaId);

internal sealed record PilotCluster(Guid Id, string Name, Guid AreaId, IReadOnlyList<Guid> SchoolIds);

internal sealed record PilotBoard(Guid Id, string Name);
