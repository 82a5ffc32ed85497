using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Reconciliation;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class ReconciliationTests(PlatformFactory platform)
{
    private const string Year = "2037-2038";

    [Fact]
    public async Task The_boards_figures_add_up_to_the_areas_figures_to_the_cent()
    {
        var (pilot, boards) = await BookAsync();
        using var admin = platform.Admin();

        var reconciliation = (await admin.GetFromJsonAsync<ReconciliationDto>($"/api/v1/budgets/{Year}/reconciliation"))!;

        var area = reconciliation.Areas.Single(a => a.AreaId == PilotIds.BosEnLommer);
        Assert.Equal((3_333.33m, 175.01m, 0m), (area.Contributions, area.Allocated, area.Spent));
        var rows = reconciliation.Boards.SelectMany(b => b.Areas).Where(a => a.AreaId == PilotIds.BosEnLommer).ToList();
        Assert.Equal(area.Contributions, rows.Sum(r => r.Contributed));
        Assert.Equal(area.Allocated, rows.Sum(r => r.Allocated));
        Assert.Equal(area.Spent, rows.Sum(r => r.Spent));
        Assert.All(reconciliation.Boards, b => Assert.Equal(b.Allocated, b.Areas.Sum(a => a.Allocated)));
        Assert.Equal(1_000m, reconciliation.Boards.Single(b => b.BoardId == boards[0]).Areas.Single(a => a.AreaId == PilotIds.BosEnLommer).Contributed);

        // The school-level allocation is wholly its board's, so that board carries at least it.
        var school = pilot.In(PilotIds.BosEnLommer).First();
        var schoolsBoard = reconciliation.Boards.Single(b => b.BoardId == school.BoardId).Areas.Single(a => a.AreaId == PilotIds.BosEnLommer);
        Assert.True(schoolsBoard.Allocated >= 25m, $"{schoolsBoard.Allocated} includes the 25.00 for its school");
    }

    [Fact]
    public async Task A_treasurer_reconciles_its_own_board_and_no_other()
    {
        var (_, boards) = await BookAsync();
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [boards[1]]);
        using var admin = platform.Admin();

        var own = (await treasurer.GetFromJsonAsync<ReconciliationDto>($"/api/v1/budgets/{Year}/reconciliation?boardId={boards[1]}"))!;

        var board = Assert.Single(own.Boards);
        Assert.Equal(boards[1], board.BoardId);
        Assert.Equal(2_000m, board.Areas.Single(a => a.AreaId == PilotIds.BosEnLommer).Contributed);
        await (await treasurer.GetAsync($"/api/v1/budgets/{Year}/reconciliation?boardId={boards[0]}")).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/v1/budgets/{Year}/reconciliation?boardId={Guid.NewGuid()}")).AssertInvalidFieldAsync("boardId");
        await (await admin.GetAsync("/api/v1/budgets/2037/reconciliation")).AssertInvalidFieldAsync("schoolYear");
    }

    private async Task<(Pilot Pilot, IReadOnlyList<Guid> Boards)> BookAsync()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.BosEnLommer;
        var boards = pilot.BoardsIn(area);
        var school = pilot.In(area).First();
        using var admin = platform.Admin();
        await admin.ContributeAsync(Year, area, boards[0], 1_000m, "rec-a");
        await admin.ContributeAsync(Year, area, boards[1], 2_000m, "rec-b");
        await admin.ContributeAsync(Year, area, boards[2], 333.33m, "rec-c");
        if ((await admin.LedgerAsync(Year, area)).Count == 3)
        {
            await (await admin.AllocateAsync(Year, area, "area", area, 100.01m)).AssertStatusAsync(HttpStatusCode.Created);
            await (await admin.AllocateAsync(Year, area, "cluster", school.ClusterId, 50m)).AssertStatusAsync(HttpStatusCode.Created);
            await (await admin.AllocateAsync(Year, area, "school", school.Id, 25m)).AssertStatusAsync(HttpStatusCode.Created);
        }

        return (pilot, boards);
    }
}
