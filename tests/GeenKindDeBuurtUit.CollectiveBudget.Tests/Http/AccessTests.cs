using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class AccessTests(PlatformFactory platform)
{
    private const string Year = "2036-2037";

    [Theory]
    [InlineData(Roles.School)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Coordinator)]
    public async Task Schools_analysts_and_coordinators_have_no_access_to_the_ledger(string role)
    {
        var pilot = await Pilot.LoadAsync(platform);
        var school = pilot.In(PilotIds.Osdorp).First();
        using var client = platform.ClientAs(role, schools: [school.Id]);
        var area = BudgetApi.Area(Year, PilotIds.Osdorp);

        await (await client.GetAsync(area)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"{area}/ledger")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"/api/v1/budgets/{Year}/reconciliation")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await client.ContributeAsync(Year, PilotIds.Osdorp, school.BoardId, 1m, "no")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await client.PutAgreementAsync(Year, PilotIds.Osdorp, BudgetApi.Agreement())).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        using var anonymous = platform.Anonymous();

        await (await anonymous.GetAsync(BudgetApi.Area(Year, PilotIds.Osdorp))).AssertStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_treasurer_books_contributions_only_for_its_own_boards_and_sets_no_agreements_allocations_or_closings()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var boards = pilot.BoardsIn(PilotIds.Osdorp);
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [boards[0]]);

        using var swv = platform.ClientAs(Roles.Swv);
        var own = await (await treasurer.ContributeAsync(Year, PilotIds.Osdorp, boards[0], 10m, "own-board")).EntryAsync();
        var other = await (await swv.ContributeAsync(Year, PilotIds.Osdorp, boards[1], 20m, "swv-for-other-board")).EntryAsync();

        await (await treasurer.ContributeAsync(Year, PilotIds.Osdorp, boards[1], 10m, "other-board")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await treasurer.CorrectAsync(Year, PilotIds.Osdorp, other.Id)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await treasurer.CorrectAsync(Year, PilotIds.Osdorp, own.Id)).AssertStatusAsync(HttpStatusCode.Created);
        await (await treasurer.PutAgreementAsync(Year, PilotIds.Osdorp, BudgetApi.Agreement())).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await treasurer.AllocateAsync(Year, PilotIds.Osdorp, "area", PilotIds.Osdorp, 1m)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await treasurer.CloseAsync(Year, PilotIds.Osdorp)).AssertStatusAsync(HttpStatusCode.Forbidden);
        Assert.Equal(3, (await treasurer.LedgerAsync(Year, PilotIds.Osdorp)).Count);
    }

    [Fact]
    public async Task A_treasurer_reads_only_areas_where_its_boards_have_schools_others_are_not_found()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var board = await RegisterBoardWithOneSchoolInAsync(pilot, PilotIds.Osdorp);
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [board]);
        using var nobody = platform.ClientAs(Roles.Treasurer);

        await (await treasurer.GetAsync(BudgetApi.Area(Year, PilotIds.Osdorp))).AssertStatusAsync(HttpStatusCode.OK);
        await (await treasurer.GetAsync(BudgetApi.Area(Year, PilotIds.BosEnLommer))).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await treasurer.GetAsync($"{BudgetApi.Area(Year, PilotIds.BosEnLommer)}/ledger")).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await treasurer.ContributeAsync(Year, PilotIds.BosEnLommer, board, 10m, "not-my-area")).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await nobody.GetAsync(BudgetApi.Area(Year, PilotIds.Osdorp))).AssertStatusAsync(HttpStatusCode.NotFound);
    }

    private async Task<Guid> RegisterBoardWithOneSchoolInAsync(Pilot pilot, Guid areaId)
    {
        using var admin = platform.Admin();
        var board = await (await admin.PostAsJsonAsync("/api/v1/boards", new { name = $"Test board {Guid.NewGuid().ToString("N")[..8]}" })).Content.ReadFromJsonAsync<Registered>();
        var cluster = pilot.Clusters.Where(c => c.AreaId == areaId).OrderBy(c => c.SchoolIds.Count).First();
        var school = await admin.PostAsJsonAsync("/api/v1/schools", new { name = $"Test school {Guid.NewGuid().ToString("N")[..8]}", brin = (string?)null, boardId = board!.Id, clusterId = cluster.Id });
        await school.AssertStatusAsync(HttpStatusCode.Created);
        await Eventually.AssertAsync(
            async () => await new DatabaseProbe(platform.ConnectionString).CountAsync(
                "SELECT COUNT(*) FROM collective_budget_school_placements WHERE BoardId = $board", ("$board", DatabaseProbe.Text(board.Id))) == 1,
            "the Collective Budget module learns the new school");
        return board.Id;
    }

    private sealed record Registered(Guid Id);
}
