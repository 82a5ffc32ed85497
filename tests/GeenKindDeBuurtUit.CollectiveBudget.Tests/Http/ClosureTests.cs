using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class ClosureTests(PlatformFactory platform)
{
    private const string Year = "2033-2034";
    private const string NextYear = "2034-2035";

    [Fact]
    public async Task After_closing_a_year_nothing_is_booked_in_it_and_corrections_go_into_the_next_year()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.Osdorp;
        var board = pilot.BoardsIn(area)[2];
        using var swv = platform.ClientAs(Roles.Swv);
        var contribution = await (await swv.ContributeAsync(Year, area, board, 2_000m, "close-1")).EntryAsync();

        var closing = await swv.CloseAsync(Year, area);

        await closing.AssertStatusAsync(HttpStatusCode.OK);
        var closure = (await closing.Content.ReadFromJsonAsync<ClosureDto>())!;
        Assert.Equal((Year, area), (closure.SchoolYear, closure.AreaId));
        await (await swv.ContributeAsync(Year, area, board, 10m, "close-2")).AssertRuleAsync("school-year-closed");
        await (await swv.AllocateAsync(Year, area, "area", area, 10m)).AssertRuleAsync("school-year-closed");
        await (await swv.PutAgreementAsync(Year, area, BudgetApi.Agreement())).AssertRuleAsync("school-year-closed");
        await (await swv.CloseAsync(Year, area)).AssertRuleAsync("school-year-closed");

        // A retry of what was booked before closing still gets its answer.
        await (await swv.ContributeAsync(Year, area, board, 2_000m, "close-1")).AssertStatusAsync(HttpStatusCode.OK);

        await (await swv.ContributeAsync(NextYear, area, board, 5_000m, "close-next")).AssertStatusAsync(HttpStatusCode.Created);
        var correcting = await swv.CorrectAsync(Year, area, contribution.Id, "Was meant for Bos en Lommer");
        await correcting.AssertStatusAsync(HttpStatusCode.Created);
        var correction = await correcting.EntryAsync();
        Assert.Equal((NextYear, "correction", -2_000m, contribution.Id), (correction.SchoolYear, correction.Kind, correction.Amount, correction.CorrectsEntryId!.Value));
        Assert.Equal("Was meant for Bos en Lommer", correction.Reason);
        Assert.Equal(2_000m, (await swv.SummaryAsync(Year, area)).Contributions);
        Assert.Equal(3_000m, (await swv.SummaryAsync(NextYear, area)).Contributions);
        await (await swv.CorrectAsync(Year, area, contribution.Id)).AssertRuleAsync("entry-already-corrected");
    }

    [Fact]
    public async Task A_correction_in_an_open_year_reverses_the_entry_in_its_own_ledger_and_freed_funds_are_not_corrected_by_hand()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.BosEnLommer;
        using var admin = platform.Admin();
        await (await admin.PutAgreementAsync(Year, area, BudgetApi.Agreement(baseline: BudgetApi.Baseline(sbo: 1)))).AssertStatusAsync(HttpStatusCode.OK);
        await Eventually.AssertAsync(async () => (await admin.SummaryAsync(Year, area)).FreedFunds == 5_000m, "the freed funds of the baseline are booked");
        var allocation = await (await admin.AllocateAsync(Year, area, "cluster", pilot.In(area).First().ClusterId, 1_000m)).EntryAsync();

        await (await admin.CorrectAsync(Year, area, allocation.Id, "Approach did not start")).AssertStatusAsync(HttpStatusCode.Created);

        Assert.Equal(0m, (await admin.SummaryAsync(Year, area)).Allocated);
        var freed = (await admin.LedgerAsync(Year, area)).Single(e => e.Kind == "freed-funds");
        await (await admin.CorrectAsync(Year, area, freed.Id)).AssertRuleAsync("entry-not-correctable");
        await (await admin.CorrectAsync(Year, area, Guid.NewGuid())).AssertStatusAsync(HttpStatusCode.NotFound);
    }
}
