using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using GeenKindDeBuurtUit.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

/// <summary>
/// A year from before the platform, imported, is the next year's baseline when the agreement sets
/// none, and a replacing import is recalculated by itself as a withdrawn referral is. Each test has
/// years of its own: whether a year is imported is a question about the whole year.
/// </summary>
[Collection("platform")]
public sealed class ImportedHistoryBaselineTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_imported_previous_year_is_the_baseline_and_frees_funds_by_the_formula()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.Osdorp;
        var (first, second) = (pilot.In(area).First(), pilot.In(area).Last());
        var elsewhere = pilot.In(PilotIds.BosEnLommer).First();
        using var swv = platform.ClientAs(Roles.Swv);
        await DeliverAsync(Imported("2070-2071", first.Id, revision: 1, sbo: 3, soLow: 1));
        await DeliverAsync(Imported("2070-2071", second.Id, revision: 1, soHigh: 1));
        await DeliverAsync(Imported("2070-2071", elsewhere.Id, revision: 1, sbo: 50));
        await DeliverAsync(new PupilReferredIntegrationEvent(Guid.NewGuid(), first.Id, "sbo", null, "2071-2072", new DateOnly(2071, 10, 1)));

        await AgreeAsync(swv, "2071-2072", area, BudgetApi.Agreement());

        // (3 − 1) SBO at 10 000, 1 SO-low at 20 000, 1 SO-high at 40 000, half pooled.
        var summary = await RecalculatedAsync(swv, "2071-2072", area, 40_000m);
        Assert.Equal(new ReferralFiguresDto(new ReferralCountsDto(3, 1, 0, 1), "imported", new ReferralCountsDto(1, 0, 0, 0)), summary.Referrals);
        var importedYear = await swv.SummaryAsync("2070-2071", area);
        Assert.Equal(new ReferralCountsDto(3, 1, 0, 1), importedYear.Referrals.Actual);
        Assert.Equal("recorded", importedYear.Referrals.BaselineSource);
    }

    [Fact]
    public async Task An_agreements_baseline_still_wins_over_imported_history()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.Osdorp;
        using var swv = platform.ClientAs(Roles.Swv);
        await DeliverAsync(Imported("2072-2073", pilot.In(area).First().Id, revision: 1, sbo: 5));

        await AgreeAsync(swv, "2073-2074", area, BudgetApi.Agreement(baseline: BudgetApi.Baseline(sbo: 2)));

        var summary = await RecalculatedAsync(swv, "2073-2074", area, 10_000m);
        Assert.Equal(new ReferralFiguresDto(new ReferralCountsDto(2, 0, 0, 0), "agreement", new ReferralCountsDto(0, 0, 0, 0)), summary.Referrals);
    }

    [Fact]
    public async Task A_newer_import_is_recalculated_by_itself_an_older_one_changes_nothing_and_a_removal_clears_the_counts()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.BosEnLommer;
        var school = pilot.In(area).First().Id;
        using var swv = platform.ClientAs(Roles.Swv);
        await DeliverAsync(Imported("2074-2075", school, revision: 2, sbo: 2));
        await AgreeAsync(swv, "2075-2076", area, BudgetApi.Agreement());
        var before = await RecalculatedAsync(swv, "2075-2076", area, 10_000m);

        // Only events from here on: the recalculation must come by itself, through the background job.
        await DeliverAsync(Imported("2074-2075", school, revision: 3, sbo: 4));
        var replaced = await RecalculatedAsync(swv, "2075-2076", area, 20_000m);
        Assert.Equal(new ReferralCountsDto(4, 0, 0, 0), replaced.Referrals.Baseline);
        Assert.True(replaced.RecalculatedAt > before.RecalculatedAt, "the replacing import was recalculated");

        await DeliverAsync(Imported("2074-2075", school, revision: 1, sbo: 9));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var unchanged = await swv.SummaryAsync("2075-2076", area);
        Assert.Equal((new ReferralCountsDto(4, 0, 0, 0), "imported", 20_000m), (unchanged.Referrals.Baseline, unchanged.Referrals.BaselineSource, unchanged.FreedFunds));

        await DeliverAsync(Imported("2074-2075", school, revision: 4, removed: true));
        var removed = await RecalculatedAsync(swv, "2075-2076", area, 0m);
        Assert.Equal((new ReferralCountsDto(0, 0, 0, 0), "recorded"), (removed.Referrals.Baseline, removed.Referrals.BaselineSource));
    }

    [Fact]
    public async Task A_school_that_moves_takes_its_imported_history_into_its_new_areas_baseline()
    {
        var leaving = await FreshArea.RegisterAsync(platform, "History left behind");
        var arriving = await FreshArea.RegisterAsync(platform, "History arriving");
        using var swv = platform.ClientAs(Roles.Swv);
        using var admin = platform.Admin();
        await DeliverAsync(Imported("2076-2077", leaving.SchoolId, revision: 1, sbo: 2));
        await AgreeAsync(swv, "2077-2078", leaving.AreaId, BudgetApi.Agreement());
        await AgreeAsync(swv, "2077-2078", arriving.AreaId, BudgetApi.Agreement());
        await RecalculatedAsync(swv, "2077-2078", leaving.AreaId, 10_000m);
        await RecalculatedAsync(swv, "2077-2078", arriving.AreaId, 0m);

        var moved = await admin.PostAsJsonAsync($"/api/v1/schools/{leaving.SchoolId}/move", new { clusterId = arriving.ClusterId });
        await moved.AssertStatusAsync(HttpStatusCode.OK);

        var summary = await RecalculatedAsync(swv, "2077-2078", arriving.AreaId, 10_000m);
        Assert.Equal(new ReferralCountsDto(2, 0, 0, 0), summary.Referrals.Baseline);
    }

    private static ReferralHistoryImportedIntegrationEvent Imported(
        string schoolYear, Guid schoolId, int revision, int sbo = 0, int soLow = 0, int soMedium = 0, int soHigh = 0, bool removed = false) =>
        new(schoolYear, schoolId, revision, "Referral register of the SWV", sbo, soLow, soMedium, soHigh, removed);

    private static async Task AgreeAsync(HttpClient swv, string schoolYear, Guid areaId, object agreement) =>
        await (await swv.PutAgreementAsync(schoolYear, areaId, agreement)).AssertStatusAsync(HttpStatusCode.OK);

    private static async Task<BudgetSummaryDto> RecalculatedAsync(HttpClient swv, string schoolYear, Guid areaId, decimal freedFunds)
    {
        await Eventually.AssertAsync(
            async () => await swv.SummaryAsync(schoolYear, areaId) is { RecalculatedAt: not null } summary && summary.FreedFunds == freedFunds,
            $"the freed funds of {schoolYear} are recalculated to {freedFunds}",
            TimeSpan.FromSeconds(5));
        return await swv.SummaryAsync(schoolYear, areaId);
    }

    /// <summary>As the relay delivers: in a scope of its own, through the mediator, to the inbox handlers.</summary>
    private async Task DeliverAsync(IntegrationEvent e)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(e);
    }
}
