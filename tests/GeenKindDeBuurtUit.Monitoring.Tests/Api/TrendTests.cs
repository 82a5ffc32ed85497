using System.Net;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>An area over the years, for charts; this class owns 2019-2020 and 2020-2021.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TrendTests(PlatformFactory platform) : IAsyncLifetime
{
    private Pilot _pilot = null!;

    private string Path => $"trend?areaId={_pilot.Areas["Osdorp"]}";

    public async Task InitializeAsync()
    {
        _pilot = await Pilot.ReadAsync(platform.Admin());
        // Until this class's data is in, the trend may not reach back to 2020-2021 at all.
        var before = (await Figures.GetAsync(platform.Admin(), Path))["years"]!.AsArray();
        if (before.Any(y => y!["schoolYear"]!.GetValue<string>() == "2020-2021" && y["referrals"]!.GetValue<int>() > 0))
        {
            return;
        }

        var cases = new Cases(platform.ClientAs("swv"));
        var school = _pilot.Schools["Atlantis"];
        await cases.ReferredAsync(school, "2019-10-01");
        await cases.ReferredAsync(school, "2019-11-01");
        var withdrawn = await cases.ReferredAsync(school, "2019-12-01", "so", "high");
        await cases.WithdrawAsync(withdrawn, "2020-01-15");
        var stays = await cases.AtLevelFiveAsync(school, "2020-01-01");
        await cases.OtMeetingAsync(stays, "2020-02-01", "stay");
        var escalated = await cases.ReferredAsync(school, "2020-10-01", "so", "low");
        await cases.EscalateAsync(escalated, "swv", "2020-10-02");
        await Figures.UntilAsync(platform.Admin(), Path, t => Reaches(t, "2019-2020") && Year(t, "2020-2021")["escalations"]!.GetValue<int>() == 1
            && Year(t, "2019-2020")["otStayDecisions"]!.GetValue<int>() == 1 && Year(t, "2019-2020")["withdrawn"]!.GetValue<int>() == 1
            && Year(t, "2020-2021")["referrals"]!.GetValue<int>() == 1, "the referrals, the stay decision and the escalation reach monitoring");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_school_year_shows_referrals_by_type_against_the_year_before_with_thuiszitters_and_escalations()
    {
        var trend = await Figures.GetAsync(platform.ClientAs("analyst"), Path);

        Assert.Equal("Osdorp", trend["name"]!.GetValue<string>());
        Assert.Equal(
            """{"schoolYear":"2019-2020","referrals":2,"sbo":2,"soLow":0,"soMedium":0,"soHigh":0,"withdrawn":1,"changePct":null,"targetReductionPct":null,"targetReferrals":null,"onTarget":null,"thuiszitters":0,"escalations":0,"otMeetings":4,"otStayDecisions":1,"source":"recorded","importedThuiszitters":null}""",
            Year(trend, "2019-2020").ToJsonString());
        Assert.Equal(
            """{"schoolYear":"2020-2021","referrals":1,"sbo":0,"soLow":1,"soMedium":0,"soHigh":0,"withdrawn":0,"changePct":-50,"targetReductionPct":null,"targetReferrals":null,"onTarget":null,"thuiszitters":0,"escalations":1,"otMeetings":1,"otStayDecisions":0,"source":"recorded","importedThuiszitters":null}""",
            Year(trend, "2020-2021").ToJsonString());
    }

    [Fact]
    public async Task The_years_run_without_gaps_up_to_the_current_school_year_and_carry_the_targets()
    {
        var years = (await Figures.GetAsync(platform.ClientAs("swv"), Path))["years"]!.AsArray().Select(y => y!.AsObject()).ToList();

        var starts = years.Select(y => int.Parse(y["schoolYear"]!.GetValue<string>()[..4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(starts[0], starts.Count), starts);
        Assert.True(starts[0] <= 2019);
        var today = DateTime.UtcNow;
        Assert.Equal(today.Month >= 8 ? today.Year : today.Year - 1, starts[^1]);
        Assert.Equal(60m, years.Single(y => y["schoolYear"]!.GetValue<string>() == "2026-2027")["targetReductionPct"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task An_unknown_area_is_not_found_and_a_missing_one_is_refused()
    {
        var analyst = platform.ClientAs("analyst");

        await Figures.ProblemAsync(await analyst.GetAsync($"/api/v1/monitoring/trend?areaId={Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await Figures.ProblemAsync(await analyst.GetAsync($"/api/v1/monitoring/trend?areaId={_pilot.Clusters["Osdorp cluster 1"]}"), HttpStatusCode.NotFound);
        await Figures.AssertFieldAsync(await analyst.GetAsync("/api/v1/monitoring/trend"), "areaId");
    }

    private static bool Reaches(JsonObject trend, string schoolYear) =>
        trend["years"]!.AsArray().Any(y => y!["schoolYear"]!.GetValue<string>() == schoolYear);

    private static JsonObject Year(JsonObject trend, string schoolYear) =>
        trend["years"]!.AsArray().Select(y => y!.AsObject()).Single(y => y["schoolYear"]!.GetValue<string>() == schoolYear);
}
