using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;
using Xunit.Abstractions;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

/// <summary>
/// Done when: withdrawing a referral in an area at its baseline raises the pooled budget by exactly
/// rate · poolShare of that referral's type within seconds, once, without any call to the budget API.
/// </summary>
[Collection("platform")]
public sealed class FreedFundsFlowTests(PlatformFactory platform, ITestOutputHelper output)
{
    private const decimal SboRate = 15_000m;
    private const decimal PoolShare = 0.4m;

    [Fact]
    public async Task A_withdrawn_referral_frees_its_rate_times_the_pool_share_within_seconds_booked_once()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.Osdorp;
        var school = pilot.In(area).First();
        var today = SchoolCalendar.Today(TimeProvider.System);
        var year = SchoolYear.Of(today).ToString();
        using var admin = platform.Admin();
        using var swv = platform.ClientAs(Roles.Swv);

        var caseId = await ReferToSboAsync(admin, school.Id, today);
        await Eventually.AssertAsync(async () => (await swv.SummaryAsync(year, area)).Referrals.Actual.Sbo == 1, "the referral reaches the budget's projection");

        // The area stands exactly at its baseline: nothing is freed yet.
        await (await swv.PutAgreementAsync(year, area, BudgetApi.Agreement(poolShare: PoolShare, sbo: SboRate, baseline: BudgetApi.Baseline(sbo: 1)))).AssertStatusAsync(HttpStatusCode.OK);
        await Eventually.AssertAsync(async () => (await swv.SummaryAsync(year, area)).RecalculatedAt is not null, "the agreement is recalculated");
        Assert.Equal(0m, (await swv.SummaryAsync(year, area)).FreedFunds);

        var withdrawal = await admin.PostAsJsonAsync($"/api/v1/support-cases/{caseId}/referral/withdrawal", new { on = today, reason = "A place in the neighbourhood after all" });
        await withdrawal.AssertStatusAsync(HttpStatusCode.OK);
        var withdrawn = Stopwatch.StartNew();

        // Only reads from here on: the recalculation must come by itself.
        await Eventually.AssertAsync(
            async () => (await swv.SummaryAsync(year, area)).FreedFunds == SboRate * PoolShare,
            "the withdrawal frees rate · poolShare",
            TimeSpan.FromSeconds(5));
        output.WriteLine($"Freed funds shown {withdrawn.Elapsed.TotalSeconds:0.00} s after the withdrawal.");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var summary = await swv.SummaryAsync(year, area);
        Assert.Equal((6_000m, 6_000m, 0), (summary.FreedFunds, summary.Pooled, summary.Referrals.Actual.Sbo));
        var freed = Assert.Single(await swv.LedgerAsync(year, area), e => e.Kind == "freed-funds");
        Assert.Equal(6_000m, freed.Amount);
    }

    private static async Task<Guid> ReferToSboAsync(HttpClient admin, Guid schoolId, DateOnly today)
    {
        // Eight hex characters can never hold the nine digits of a BSN, which the API would refuse.
        var opened = await admin.PostAsJsonAsync("/api/v1/support-cases", new { schoolId, pupilRef = "flow-" + Guid.NewGuid().ToString("N")[..8], needs = new[] { "learning" }, level = 3 });
        await opened.AssertStatusAsync(HttpStatusCode.Created);
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var path = $"/api/v1/support-cases/{caseId}";
        await (await admin.PostAsJsonAsync($"{path}/involvements", new { party = "parents", on = today })).AssertStatusAsync(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"{path}/opp", new { establishedOn = today })).AssertStatusAsync(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"{path}/level", new { level = 4, reason = "Outside expertise needed" })).AssertStatusAsync(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"{path}/level", new { level = 5, reason = "Support team with the SWV" })).AssertStatusAsync(HttpStatusCode.OK);
        var meeting = await admin.PostAsJsonAsync($"{path}/ot-meetings", new
        {
            heldOn = today,
            participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
            decision = "refer",
            referral = new { type = "sbo", category = (string?)null },
        });
        await meeting.AssertStatusAsync(HttpStatusCode.Created);
        return caseId;
    }
}
