using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

/// <summary>Who changed the money's rules: every change of an agreement, with its author and the terms before and after.</summary>
[Collection("platform")]
public sealed class AgreementHistoryTests(PlatformFactory platform)
{
    private const string Year = "2050-2051";

    [Fact]
    public async Task Every_change_of_an_agreement_is_kept_with_who_made_it_and_the_terms_before_and_after()
    {
        await Pilot.LoadAsync(platform);
        var area = PilotIds.Osdorp;
        var token = platform.Tokens.Valid([Roles.Swv]);
        using var swv = platform.CreateClient();
        swv.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var admin = platform.Admin();
        await (await swv.PutAgreementAsync(Year, area, BudgetApi.Agreement(poolShare: 0.5m))).AssertStatusAsync(HttpStatusCode.OK);
        await (await admin.PutAgreementAsync(Year, area, BudgetApi.Agreement(poolShare: 0.75m, sbo: 12_000m, baseline: BudgetApi.Baseline(sbo: 4)))).AssertStatusAsync(HttpStatusCode.OK);

        var response = await swv.GetAsync($"{BudgetApi.Area(Year, area)}/agreement/history");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var history = (await response.Content.ReadFromJsonAsync<List<AgreementRevisionDto>>())!;
        Assert.Equal(2, history.Count);
        Assert.Equal(new JsonWebToken(token).Subject, history[0].ChangedBy);
        Assert.Null(history[0].Before);
        Assert.Equal((0.5m, 10_000m), (history[0].After.PoolShare, history[0].After.Rates.Sbo));
        Assert.NotEqual(history[0].ChangedBy, history[1].ChangedBy);
        Assert.Equal((0.5m, 10_000m, (ReferralCountsDto?)null), (history[1].Before!.PoolShare, history[1].Before!.Rates.Sbo, history[1].Before!.Baseline));
        Assert.Equal((0.75m, 12_000m, 4), (history[1].After.PoolShare, history[1].After.Rates.Sbo, history[1].After.Baseline!.Sbo));
        Assert.True(history[1].ChangedAt >= history[0].ChangedAt);
        Assert.All(history, r => Assert.Equal((Year, area), (r.SchoolYear, r.AreaId)));
    }

    [Fact]
    public async Task The_history_follows_the_agreements_role_rules_and_answers_problems_for_unknowns()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.BosEnLommer;
        var history = $"{BudgetApi.Area(Year, area)}/agreement/history";
        using var admin = platform.Admin();
        await (await admin.GetAsync(history)).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await admin.PutAgreementAsync(Year, area, BudgetApi.Agreement())).AssertStatusAsync(HttpStatusCode.OK);

        var ownBoard = pilot.In(area).First().BoardId;
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [ownBoard]);
        using var otherTreasurer = platform.ClientAs(Roles.Treasurer);
        using var analyst = platform.ClientAs(Roles.Analyst);

        await (await treasurer.GetAsync(history)).AssertStatusAsync(HttpStatusCode.OK);
        await (await otherTreasurer.GetAsync(history)).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await analyst.GetAsync(history)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await platform.Anonymous().GetAsync(history)).AssertStatusAsync(HttpStatusCode.Unauthorized);
        await (await admin.GetAsync($"{BudgetApi.Area(Year, Guid.NewGuid())}/agreement/history")).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/v1/budgets/2050/areas/{area}/agreement/history")).AssertInvalidFieldAsync("schoolYear");
    }
}
