using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>A school system follows a child from level 1 to level 5, the SWV records the referral and its withdrawal, purely through the contract.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SupportRouteTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_child_is_followed_from_level_1_to_a_referral_and_its_withdrawal()
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[0]["id"]!.GetValue<Guid>();
        var api = new CaseApi(platform.ClientAs("school", schools: [school]));
        var swv = new CaseApi(platform.ClientAs("swv"));

        var opened = await api.OpenAsync(school, "route-1", level: 1);
        var id = CaseApi.Id(opened);
        Assert.Equal("open", opened["status"]!.GetValue<string>());
        Assert.Equal(1, opened["level"]!.GetValue<int>());
        Assert.Null(opened["referral"]);

        await ProblemAssert.AssertRuleAsync(await api.PostAsync(id, "level", new { level = 4, reason = "outside help" }), "opp-required");
        await api.OkAsync(id, "opp", new { establishedOn = "2025-09-20" });
        await ProblemAssert.AssertRuleAsync(await api.PostAsync(id, "level", new { level = 4, reason = "outside help" }), "parents-involved");
        await api.OkAsync(id, "involvements", new { party = "parents", on = "2025-09-10" });
        await api.OkAsync(id, "involvements", new { party = "child", on = "2025-09-11" });
        await api.OkAsync(id, "level", new { level = 4, reason = "outside help", on = "2025-09-25" });
        await ProblemAssert.AssertRuleAsync(await swv.ReferAsync(id), "ot-requires-level-5");
        await api.OkAsync(id, "level", new { level = 5, reason = "support team", on = CaseApi.ReachedLevel5 });

        var withoutSwv = await swv.PostAsync(id, "ot-meetings", new
        {
            heldOn = "2025-10-15",
            participants = new[] { new { role = "school" }, new { role = "parents" } },
            decision = "refer",
            referral = new { type = "sbo", category = (string?)null },
        });
        await ProblemAssert.AssertRuleAsync(withoutSwv, "ot-requires-swv");

        var meeting = await swv.ReferAsync(id, "so", "medium");
        Assert.Equal(HttpStatusCode.Created, meeting.StatusCode);
        Assert.NotNull(meeting.Headers.Location);
        var referred = (await ProblemAssert.BodyAsync(meeting))["supportCase"]!.AsObject();
        var referral = referred["referral"]!.AsObject();
        Assert.Equal("so", referral["type"]!.GetValue<string>());
        Assert.Equal("medium", referral["category"]!.GetValue<string>());
        Assert.Equal("2025-2026", referral["schoolYear"]!.GetValue<string>());
        Assert.Equal("2025-10-15", referral["decidedOn"]!.GetValue<string>());
        Assert.Null(referral["withdrawnOn"]);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync(meeting.Headers.Location)).StatusCode);

        var withdrawn = await swv.OkAsync(id, "referral/withdrawal", new { on = "2025-11-01", reason = "a place in the neighbourhood after all" });
        Assert.Equal("2025-11-01", withdrawn["referral"]!["withdrawnOn"]!.GetValue<string>());
        await ProblemAssert.AssertRuleAsync(await swv.PostAsync(id, "referral/withdrawal", new { on = "2025-11-02", reason = "again" }), "no-referral");

        await api.OkAsync(id, "level", new { level = 3, reason = "going well" });
        var closed = await api.OkAsync(id, "closure", new { on = "2026-06-30", reason = "support no longer needed" });
        Assert.Equal("closed", closed["status"]!.GetValue<string>());
        await ProblemAssert.AssertRuleAsync(await api.PostAsync(id, "opp", new { establishedOn = "2026-06-30" }), "case-closed");

        var read = await api.Client.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/{id}");
        Assert.Equal([4, 5, 3], read!["levelHistory"]!.AsArray().Select(h => h!["to"]!.GetValue<int>()));
        Assert.Equal(2, read["involvements"]!.AsArray().Count);
        Assert.Single(read["otMeetings"]!.AsArray()); // the refused meetings left nothing behind
    }

    [Fact]
    public async Task A_read_carries_the_version_as_etag_and_a_stale_if_match_is_refused()
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[1]["id"]!.GetValue<Guid>();
        var api = new CaseApi(admin);
        var id = CaseApi.Id(await api.OpenAsync(school, "etag-1"));

        var first = await admin.GetAsync($"{CaseApi.Base}/{id}");
        var etag = first.Headers.ETag!.Tag;
        Assert.Equal($"\"{(await ProblemAssert.BodyAsync(first))["version"]!.GetValue<string>()}\"", etag);

        var changed = await api.PostAsync(id, "involvements", new { party = "parents", on = "2025-09-05" }, ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.Tag);

        var stale = await api.PostAsync(id, "opp", new { establishedOn = "2025-09-06" }, ifMatch: etag);
        await ProblemAssert.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var read = await admin.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/{id}");
        Assert.Null(read!["oppEstablishedOn"]);
    }

    [Fact]
    public async Task Thuiszitters_escalations_and_lists_work_per_the_contract()
    {
        var swv = platform.ClientAs("swv");
        var schools = await CaseApi.SchoolsAsync(swv);
        var school = schools.First(s => s["areaId"]!.GetValue<Guid>() == PilotIds.BosEnLommer)["id"]!.GetValue<Guid>();
        var api = new CaseApi(swv);
        var id = CaseApi.Id(await api.OpenAsync(school, "home-1", level: 3));

        await api.OkAsync(id, "thuiszitter-periods", new { since = "2025-10-01", reason = "no suitable place" });
        await ProblemAssert.AssertRuleAsync(await api.PostAsync(id, "thuiszitter-periods", new { since = "2025-10-02", reason = "again" }), "thuiszitter-ongoing");
        var ended = await api.OkAsync(id, "thuiszitter-periods/end", new { on = "2025-11-01" });
        Assert.Equal("2025-11-01", ended["thuiszitterPeriods"]![0]!["endedOn"]!.GetValue<string>());
        await api.OkAsync(id, "escalations", new { to = "buurtteam", on = "2025-10-02", reason = "family needs support at home" });

        var escalated = await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/escalated?areaId={PilotIds.BosEnLommer}");
        Assert.Contains(escalated!["items"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == id);
        var elsewhere = await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/escalated?areaId={PilotIds.Osdorp}");
        Assert.DoesNotContain(elsewhere!["items"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == id);

        var page = await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}?schoolId={school}&status=open&level=3&need=tos&page=1&pageSize=1");
        Assert.Equal(1, page!["page"]!.GetValue<int>());
        Assert.Equal(1, page["pageSize"]!.GetValue<int>());
        Assert.True(page["total"]!.GetValue<int>() >= 1);
        Assert.Single(page["items"]!.AsArray());
        var none = await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}?schoolId={school}&need=newcomer");
        Assert.DoesNotContain(none!["items"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task A_collective_approach_is_agreed_in_a_cluster_and_cases_link_to_it()
    {
        var admin = platform.Admin();
        var clusters = await admin.GetFromJsonAsync<JsonArray>("/api/v1/clusters");
        var cluster = clusters![0]!.AsObject();
        var schoolIds = cluster["schoolIds"]!.AsArray().Select(s => s!.GetValue<Guid>()).ToList();
        var response = await admin.PostAsJsonAsync("/api/v1/collective-approaches", new
        {
            name = "Start class for young newcomers",
            needs = new[] { "newcomer", "language" },
            level = "cluster",
            targetId = cluster["id"]!.GetValue<Guid>(),
            schoolIds,
            startsOn = "2025-08-25",
            endsOn = "2026-07-10",
            expectedChildren = 12,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var approachId = CaseApi.Id(await ProblemAssert.BodyAsync(response));

        var api = new CaseApi(admin);
        var caseId = CaseApi.Id(await api.OpenAsync(schoolIds[0], "approach-1"));
        var linked = await api.OkAsync(caseId, "collective-approach", new { approachId });
        Assert.Equal(approachId, linked["collectiveApproachId"]!.GetValue<Guid>());

        var outside = (await CaseApi.SchoolsAsync(admin)).First(s => !schoolIds.Contains(s["id"]!.GetValue<Guid>()))["id"]!.GetValue<Guid>();
        var otherCase = CaseApi.Id(await api.OpenAsync(outside, "approach-2"));
        await ProblemAssert.AssertFieldAsync(await api.PostAsync(otherCase, "collective-approach", new { approachId }), "approachId");

        var wrongCluster = await admin.PostAsJsonAsync("/api/v1/collective-approaches", new
        {
            name = "x", needs = new[] { "language" }, level = "cluster", targetId = cluster["id"]!.GetValue<Guid>(),
            schoolIds = new[] { outside }, startsOn = "2025-08-25", expectedChildren = 3,
        });
        await ProblemAssert.AssertFieldAsync(wrongCluster, "schoolIds");
    }
}
