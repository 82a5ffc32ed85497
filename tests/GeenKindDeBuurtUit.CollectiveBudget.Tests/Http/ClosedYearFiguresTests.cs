using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using GeenKindDeBuurtUit.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

/// <summary>A closed year shows the referrals its freed funds were computed from, never later counts beside frozen money.</summary>
[Collection("platform")]
public sealed class ClosedYearFiguresTests(PlatformFactory platform)
{
    private const string Year = "2051-2052";

    [Fact]
    public async Task A_closed_years_summary_shows_the_referral_counts_as_of_closing_next_to_its_freed_funds()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.Osdorp;
        var school = pilot.In(area).First();
        using var swv = platform.ClientAs(Roles.Swv);
        await (await swv.PutAgreementAsync(Year, area, BudgetApi.Agreement(baseline: BudgetApi.Baseline(sbo: 3)))).AssertStatusAsync(HttpStatusCode.OK);
        await ReferAsync(school.Id, new DateOnly(2051, 10, 1));
        await Eventually.AssertAsync(async () => (await swv.SummaryAsync(Year, area)).Referrals.Actual.Sbo == 1, "the referral is counted");
        await (await swv.CloseAsync(Year, area)).AssertStatusAsync(HttpStatusCode.OK);
        var atClosing = await swv.SummaryAsync(Year, area);

        await ReferAsync(school.Id, new DateOnly(2051, 11, 1));
        await ReferAsync(school.Id, new DateOnly(2051, 12, 1));

        var later = await swv.SummaryAsync(Year, area);
        Assert.Equal(10_000m, atClosing.FreedFunds); // (3 - 1) SBO at 10 000, half pooled
        Assert.Equal(new ReferralFiguresDto(new ReferralCountsDto(3, 0, 0, 0), "agreement", new ReferralCountsDto(1, 0, 0, 0)), later.Referrals);
        Assert.Equal(atClosing.FreedFunds, later.FreedFunds);
    }

    private async Task ReferAsync(Guid schoolId, DateOnly decidedOn)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>()
            .Publish(new PupilReferredIntegrationEvent(Guid.NewGuid(), schoolId, "sbo", null, Year, decidedOn));
    }
}
