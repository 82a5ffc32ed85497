using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class AgreementTests(PlatformFactory platform)
{
    private const string Year = "2030-2031";

    [Fact]
    public async Task The_swv_sets_an_agreement_and_reads_it_back()
    {
        await Pilot.LoadAsync(platform);
        using var swv = platform.ClientAs(Roles.Swv);

        var put = await swv.PutAgreementAsync(Year, PilotIds.Osdorp, BudgetApi.Agreement(poolShare: 0.35m, baseline: BudgetApi.Baseline(sbo: 4)));

        await put.AssertStatusAsync(HttpStatusCode.OK);
        var agreement = await swv.GetFromJsonAsync<AgreementDto>($"{BudgetApi.Area(Year, PilotIds.Osdorp)}/agreement");
        Assert.Equal(0.35m, agreement!.PoolShare);
        Assert.Equal(new RatesDto(10_000m, 20_000m, 30_000m, 40_000m), agreement.Rates);
        Assert.Equal(new ReferralCountsDto(4, 0, 0, 0), agreement.Baseline);
        Assert.Equal(95.50m, agreement.ExpertiseHourRate);
    }

    [Fact]
    public async Task An_agreed_baseline_frees_funds_by_the_formula_without_any_referral_and_rounds_half_away_from_zero()
    {
        await Pilot.LoadAsync(platform);
        using var admin = platform.Admin();

        // SO low: 1 below the baseline at 1000.01 a year, half of it pooled: 500.005, so 500.01.
        var put = await admin.PutAgreementAsync("2030-2031", PilotIds.BosEnLommer, BudgetApi.Agreement(poolShare: 0.5m, soLow: 1000.01m, baseline: BudgetApi.Baseline(soLow: 1)));
        await put.AssertStatusAsync(HttpStatusCode.OK);

        await Eventually.AssertAsync(
            async () => (await admin.SummaryAsync("2030-2031", PilotIds.BosEnLommer)).FreedFunds == 500.01m,
            "the recalculation books the freed funds of the agreed baseline");
        var summary = await admin.SummaryAsync("2030-2031", PilotIds.BosEnLommer);
        Assert.Equal(500.01m, summary.Pooled);
        Assert.Equal(new ReferralCountsDto(0, 1, 0, 0), summary.Referrals.Baseline);
        Assert.NotNull(summary.RecalculatedAt);
    }

    [Theory]
    [InlineData("1.01")]
    [InlineData("-0.1")]
    [InlineData("0.12345")]
    public async Task A_pool_share_outside_0_to_1_or_finer_than_4_decimals_is_refused_with_the_field_and_nothing_is_stored(string poolShare)
    {
        await Pilot.LoadAsync(platform);
        using var swv = platform.ClientAs(Roles.Swv);

        var response = await swv.PutAgreementAsync("2049-2050", PilotIds.Osdorp, BudgetApi.Agreement(poolShare: decimal.Parse(poolShare, CultureInfo.InvariantCulture)));

        await response.AssertInvalidFieldAsync("poolShare");
        Assert.Equal(0, await platform.CountAsync("SELECT COUNT(*) FROM collective_budget_area_budgets WHERE SchoolYearStart = 2049"));
    }

    [Fact]
    public async Task Rates_must_be_euros_and_cents_and_not_negative()
    {
        await Pilot.LoadAsync(platform);
        using var swv = platform.ClientAs(Roles.Swv);

        await (await swv.PutAgreementAsync("2049-2050", PilotIds.Osdorp, BudgetApi.Agreement(sbo: 100.005m))).AssertInvalidFieldAsync("rates.sbo");
        await (await swv.PutAgreementAsync("2049-2050", PilotIds.Osdorp, BudgetApi.Agreement(soHigh: -1m))).AssertInvalidFieldAsync("rates.soHigh");
        await (await swv.PutAgreementAsync("2049-2050", PilotIds.Osdorp, BudgetApi.Agreement(baseline: BudgetApi.Baseline(sbo: -1)))).AssertInvalidFieldAsync("baseline.sbo");
        var noRates = await swv.PutAsJsonAsync($"{BudgetApi.Area("2049-2050", PilotIds.Osdorp)}/agreement", new { poolShare = 0.5m, expertiseHourRate = 90m });
        await noRates.AssertInvalidFieldAsync("rates");
        Assert.Equal(0, await platform.CountAsync("SELECT COUNT(*) FROM collective_budget_area_budgets WHERE SchoolYearStart = 2049"));
    }

    [Theory]
    [InlineData("2025-2027")]
    [InlineData("2025")]
    [InlineData("25-26")]
    public async Task A_school_year_that_is_not_two_consecutive_years_is_refused(string schoolYear)
    {
        using var swv = platform.ClientAs(Roles.Swv);

        var response = await swv.PutAgreementAsync(schoolYear, PilotIds.Osdorp, BudgetApi.Agreement());

        await response.AssertInvalidFieldAsync("schoolYear");
    }

    [Fact]
    public async Task An_unknown_area_is_not_found_and_a_malformed_one_is_refused_with_the_field()
    {
        await Pilot.LoadAsync(platform);
        using var swv = platform.ClientAs(Roles.Swv);

        // The contract: an unknown id is 404; an id that is no id at all is invalid input.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await swv.PutAgreementAsync(Year, Guid.NewGuid(), BudgetApi.Agreement())).StatusCode);
        await (await swv.GetAsync($"/api/v1/budgets/{Year}/areas/not-a-guid")).AssertInvalidFieldAsync("areaId");
    }
}
