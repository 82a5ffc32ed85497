using System.Net;
using GeenKindDeBuurtUit.Monitoring.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;
using static GeenKindDeBuurtUit.SupportCases.Tests.History.HistoryApi;

namespace GeenKindDeBuurtUit.SupportCases.Tests.History;

/// <summary>A closed year's figures stay as they were closed: by the budget of an area or by the monitoring figures, until reopened.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HistoryClosureTests(PlatformFactory platform)
{
    private readonly HistoryApi api = new(platform);

    [Fact]
    public async Task A_year_closed_in_the_budget_of_a_schools_area_refuses_its_history_and_that_of_the_year_before()
    {
        var (school, area) = (await api.SchoolsAsync())[14];
        var closed = await platform.Admin().PostAsync($"/api/v1/budgets/2009-2010/areas/{area}/closure", null);
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from support_cases_school_year_closures where SchoolYearStart = 2009 and AreaId = '{area.ToString().ToUpperInvariant()}'") == 1,
            "the module knows the closed year");

        var own = await api.PutAsync(Referrals, "2009-2010", new { source = "x", rows = new[] { Row(school) } });
        var baseline = await api.PutAsync(Referrals, "2008-2009", new { source = "x", rows = new[] { Row(school) } });
        var areas = await api.PutAsync(Thuiszitters, "2009-2010", new { source = "x", rows = new[] { new { areaId = area, count = 1 } } });

        await ProblemAssert.AssertRuleAsync(own, "school-year-closed");
        var problem = await ProblemAssert.ProblemAsync(baseline, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("baseline of 2009-2010", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("budget", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await ProblemAssert.AssertRuleAsync(areas, "school-year-closed");
        await OkAsync(await api.PutAsync(Referrals, "2010-2011", new { source = "x", rows = new[] { Row(school) } }));
    }

    [Fact]
    public async Task Closed_monitoring_figures_refuse_history_and_referrals_of_the_year_until_the_year_is_reopened()
    {
        var schools = await api.SchoolsAsync();
        var (school, area) = schools[15];
        var cases = new CaseApi(platform.ClientAs("swv"));
        var pending = await cases.AtLevelFiveInAsync(school, "figures-closed-1", 2004);
        await api.DeliverAsync(new SchoolYearFiguresClosedIntegrationEvent("2004-2005", 1, DateTime.UtcNow));

        var own = await api.PutAsync(Referrals, "2004-2005", new { source = "x", rows = new[] { Row(school) } });
        var baseline = await api.PutAsync(Thuiszitters, "2003-2004", new { source = "x", rows = new[] { new { areaId = area, count = 1 } } });
        var referral = await cases.ReferAsync(pending, heldOn: "2004-10-15");

        var problem = await ProblemAssert.ProblemAsync(own, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("school-year-closed", problem["code"]!.GetValue<string>());
        Assert.Contains("monitoring figures", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await ProblemAssert.AssertRuleAsync(baseline, "school-year-closed");
        var refused = await ProblemAssert.ProblemAsync(referral, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("monitoring figures", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // A closure of an older revision arriving late does not undo the reopening.
        await api.DeliverAsync(new SchoolYearFiguresReopenedIntegrationEvent("2004-2005", 3, DateTime.UtcNow, "A school's count was wrong."));
        await api.DeliverAsync(new SchoolYearFiguresClosedIntegrationEvent("2004-2005", 2, DateTime.UtcNow));

        Assert.Equal(HttpStatusCode.Created, (await cases.ReferAsync(pending, heldOn: "2004-10-15")).StatusCode);
        await OkAsync(await api.PutAsync(Thuiszitters, "2003-2004", new { source = "x", rows = new[] { new { areaId = area, count = 1 } } }));
        await OkAsync(await api.PutAsync(Referrals, "2004-2005", new { source = "x", rows = new[] { Row(schools[16].School) } }));
    }

    [Fact]
    public async Task Closed_monitoring_figures_refuse_a_thuiszitter_period_dated_in_the_year_until_it_is_reopened()
    {
        var (school, _) = (await api.SchoolsAsync())[13];
        var cases = new CaseApi(platform.ClientAs("swv"));
        var id = (await cases.OpenAsync(school, "figures-closed-thuiszitter", openedOn: "2002-09-02"))["id"]!.GetValue<Guid>();
        await api.DeliverAsync(new SchoolYearFiguresClosedIntegrationEvent("2002-2003", 11, DateTime.UtcNow));

        var refused = await ProblemAssert.ProblemAsync(
            await cases.PostAsync(id, "thuiszitter-periods", new { since = "2002-11-04", reason = "No place at a school that fits." }), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("school-year-closed", refused["code"]!.GetValue<string>());
        Assert.Contains("monitoring figures", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await api.DeliverAsync(new SchoolYearFiguresReopenedIntegrationEvent("2002-2003", 12, DateTime.UtcNow, "A period was recorded late."));
        Assert.True((await cases.PostAsync(id, "thuiszitter-periods", new { since = "2002-11-04", reason = "No place at a school that fits." })).IsSuccessStatusCode);
    }
}
