using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>Referrals only the SWV decides, on dates that cannot rewrite history or a closed school year.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReferralIntegrityTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_school_cannot_record_an_ot_meeting_even_listing_the_swv_as_participant()
    {
        var (school, _) = await SchoolAsync(10);
        var schoolSystem = new CaseApi(platform.ClientAs("school", schools: [school]));
        var id = await schoolSystem.AtLevelFiveAsync(school, "swv-only-1");

        var response = await schoolSystem.ReferAsync(id);

        var problem = await ProblemAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("swv or admin", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var read = await schoolSystem.Client.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/{id}");
        Assert.Null(read!["referral"]);
        Assert.Empty(read["otMeetings"]!.AsArray());
    }

    [Fact]
    public async Task A_school_cannot_withdraw_a_referral()
    {
        var (school, _) = await SchoolAsync(10);
        var swv = new CaseApi(platform.ClientAs("swv"));
        var id = await swv.AtLevelFiveAsync(school, "swv-only-2");
        Assert.Equal(HttpStatusCode.Created, (await swv.ReferAsync(id)).StatusCode);
        var schoolSystem = new CaseApi(platform.ClientAs("school", schools: [school]));

        var response = await schoolSystem.PostAsync(id, "referral/withdrawal", new { on = "2025-11-01", reason = "we found a place ourselves" });

        var problem = await ProblemAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("swv or admin", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var read = await swv.Client.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/{id}");
        Assert.Null(read!["referral"]!["withdrawnOn"]);
    }

    [Fact]
    public async Task An_ot_meeting_dated_before_the_case_reached_level_5_is_refused()
    {
        var (school, _) = await SchoolAsync(10);
        var swv = new CaseApi(platform.ClientAs("swv"));
        var id = await swv.AtLevelFiveAsync(school, "dated-1");

        await ProblemAssert.AssertRuleAsync(await swv.ReferAsync(id, heldOn: "2025-09-30"), "ot-requires-level-5");
        Assert.Equal(HttpStatusCode.Created, (await swv.ReferAsync(id, heldOn: CaseApi.ReachedLevel5)).StatusCode);
    }

    [Fact]
    public async Task A_meeting_held_at_level_5_is_recorded_after_the_level_went_down()
    {
        var (school, _) = await SchoolAsync(10);
        var swv = new CaseApi(platform.ClientAs("swv"));
        var id = await swv.AtLevelFiveAsync(school, "dated-2");
        await swv.OkAsync(id, "level", new { level = 4, reason = "the OT's advice works", on = "2025-11-01" });

        Assert.Equal(HttpStatusCode.Created, (await swv.ReferAsync(id, heldOn: "2025-10-20")).StatusCode);
        await ProblemAssert.AssertRuleAsync(await swv.PostAsync(id, "level", new { level = 3, reason = "back-dated", on = "2025-10-19" }), "level-change-out-of-order");
    }

    [Fact]
    public async Task A_withdrawal_dated_before_the_decision_is_refused()
    {
        var (school, _) = await SchoolAsync(10);
        var swv = new CaseApi(platform.ClientAs("swv"));
        var id = await swv.AtLevelFiveAsync(school, "dated-3");
        Assert.Equal(HttpStatusCode.Created, (await swv.ReferAsync(id, heldOn: "2025-10-15")).StatusCode);

        await ProblemAssert.AssertRuleAsync(
            await swv.PostAsync(id, "referral/withdrawal", new { on = "2025-10-14", reason = "back-dated" }), "withdrawal-before-decision");
        await swv.OkAsync(id, "referral/withdrawal", new { on = "2025-10-15", reason = "the same day" });
    }

    [Fact]
    public async Task Referrals_and_withdrawals_that_would_change_a_closed_school_year_are_refused()
    {
        var (school, area) = await SchoolAsync(11);
        var swv = new CaseApi(platform.ClientAs("swv"));

        // Decided in 2013-2014 while that year was open; then the area closes it.
        var referredBefore = await swv.AtLevelFiveInAsync(school, "closed-1", 2013);
        Assert.Equal(HttpStatusCode.Created, (await swv.ReferAsync(referredBefore, heldOn: "2013-10-15")).StatusCode);
        await CloseAsync("2013-2014", area);

        // 2012-2013's referrals are 2013-2014's baseline; 2013-2014's its own count. 2014-2015 is open.
        var intoBaseline = await swv.AtLevelFiveInAsync(school, "closed-2", 2012);
        await ProblemAssert.AssertRuleAsync(await swv.ReferAsync(intoBaseline, heldOn: "2012-10-15"), "school-year-closed");
        var intoYear = await swv.AtLevelFiveInAsync(school, "closed-3", 2013);
        await ProblemAssert.AssertRuleAsync(await swv.ReferAsync(intoYear, heldOn: "2013-11-15"), "school-year-closed");
        await ProblemAssert.AssertRuleAsync(
            await swv.PostAsync(referredBefore, "referral/withdrawal", new { on = "2014-09-01", reason = "made in an open year" }), "school-year-closed");
        var open = await swv.AtLevelFiveInAsync(school, "closed-4", 2014);
        Assert.Equal(HttpStatusCode.Created, (await swv.ReferAsync(open, heldOn: "2014-10-15")).StatusCode);

        var read = await swv.Client.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/{referredBefore}");
        Assert.Null(read!["referral"]!["withdrawnOn"]);
        var refused = await swv.Client.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/{intoBaseline}");
        Assert.Null(refused!["referral"]);
        Assert.Empty(refused["otMeetings"]!.AsArray());
    }

    private async Task<(Guid School, Guid Area)> SchoolAsync(int index)
    {
        var school = (await CaseApi.SchoolsAsync(platform.Admin()))[index];
        return (school["id"]!.GetValue<Guid>(), school["areaId"]!.GetValue<Guid>());
    }

    private async Task CloseAsync(string schoolYear, Guid area)
    {
        var closed = await platform.Admin().PostAsync($"/api/v1/budgets/{schoolYear}/areas/{area}/closure", null);
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var start = schoolYear[..4];
        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from support_cases_school_year_closures where SchoolYearStart = {start}") > 0,
            "the support cases module knows the closed year");
    }
}
