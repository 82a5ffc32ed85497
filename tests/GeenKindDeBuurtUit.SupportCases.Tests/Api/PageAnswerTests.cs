using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>
/// A case answers byte for byte alike whether it is read alone or in a list, an escalation list or a
/// lookup, children in the same order: a guard for any change to how pages are read (docs/adr/0068).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PageAnswerTests(PlatformFactory platform)
{
    [Fact]
    public async Task Every_list_answers_each_case_exactly_as_reading_it_does()
    {
        var swv = platform.ClientAs("swv");
        var chosen = (await CaseApi.SchoolsAsync(swv))[3];
        var school = chosen["id"]!.GetValue<Guid>();
        var api = new CaseApi(swv);
        var full = await api.AtLevelFiveAsync(school, "page-answer-1");

        // Children recorded out of date order, some on one day: the answer orders them by date, ties by their key.
        await api.OkAsync(full, "involvements", new { party = "child", on = "2025-09-05" });
        await api.OkAsync(full, "involvements", new { party = "child", on = "2025-09-10" });
        var stay = await api.PostAsync(full, "ot-meetings", new
        {
            heldOn = "2025-10-15",
            participants = new[] { new { role = "swv" }, new { role = "school" } },
            decision = "stay",
            referral = (object?)null,
        });
        Assert.Equal(HttpStatusCode.Created, stay.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.ReferAsync(full, "so", "high", heldOn: "2025-10-15")).StatusCode);
        await api.OkAsync(full, "referral/withdrawal", new { on = "2025-11-01", reason = "a place nearby after all" });
        await api.OkAsync(full, "thuiszitter-periods", new { since = "2025-11-03", reason = "waiting for a place" });
        await api.OkAsync(full, "thuiszitter-periods/end", new { on = "2025-11-20" });
        await api.OkAsync(full, "escalations", new { to = "swv", on = "2025-11-04", reason = "no place in reach" });
        await api.OkAsync(full, "escalations", new { to = "okt", on = "2025-11-02", reason = "family asks for help" });
        var plain = CaseApi.Id(await api.OpenAsync(school, "page-answer-2", level: 1));

        var listed = await ItemsAsync(swv, $"{CaseApi.Base}?schoolId={school}&pageSize=100");
        var escalated = await ItemsAsync(swv, $"{CaseApi.Base}/escalated?areaId={chosen["areaId"]}&pageSize=100");
        var lookup = await api.LookUpAsync(school, "page-answer-1");
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        var found = (await lookup.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray();

        foreach (var id in new[] { full, plain })
        {
            var read = (await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/{id}"))!.ToJsonString();
            Assert.Equal(read, listed.Single(c => CaseApi.Id(c) == id).ToJsonString());
        }

        var whole = (await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}/{full}"))!;
        Assert.Equal(whole.ToJsonString(), escalated.Single(c => CaseApi.Id(c) == full).ToJsonString());
        Assert.Equal(whole.ToJsonString(), found.Single()!.ToJsonString());
        Assert.Equal(["2025-09-05", "2025-09-10", "2025-09-10"], whole["involvements"]!.AsArray().Select(i => i!["on"]!.GetValue<string>()));
        // Two meetings of one day keep the order of their keys (random ids), the same in both reads, whichever it is.
        Assert.Equal(["refer", "stay"], whole["otMeetings"]!.AsArray().Select(m => m!["decision"]!.GetValue<string>()).Order());
        Assert.Equal(["okt", "swv"], whole["escalations"]!.AsArray().Select(e => e!["to"]!.GetValue<string>()));
        Assert.Equal("2025-11-01", whole["referral"]!["withdrawnOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_schools_pages_walk_its_cases_in_list_order_each_telling_the_same_total()
    {
        var swv = platform.ClientAs("swv");
        var school = (await CaseApi.SchoolsAsync(swv))[5]["id"]!.GetValue<Guid>();
        var api = new CaseApi(swv);
        foreach (var (pupil, openedOn) in new[] { ("page-walk-1", "2025-10-03"), ("page-walk-2", "2025-09-02"), ("page-walk-3", "2025-11-04") })
        {
            await api.OpenAsync(school, pupil, openedOn: openedOn);
        }

        var whole = (await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}?schoolId={school}&pageSize=200"))!;
        var all = whole["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(all.Count, whole["total"]!.GetValue<int>());
        Assert.True(all.Count >= 3);
        Assert.Equal(all.OrderBy(c => c["openedOn"]!.GetValue<string>()).ThenBy(CaseApi.Id).Select(CaseApi.Id), all.Select(CaseApi.Id));

        var walked = new List<JsonObject>();
        for (var page = 1; page <= (all.Count + 1) / 2 + 1; page++)
        {
            var answer = (await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}?schoolId={school}&page={page}&pageSize=2"))!;
            Assert.Equal(all.Count, answer["total"]!.GetValue<int>());
            walked.AddRange(answer["items"]!.AsArray().Select(i => i!.AsObject()));
        }

        Assert.Equal(all.Select(c => c.ToJsonString()), walked.Select(c => c.ToJsonString()));
    }

    private static async Task<IReadOnlyList<JsonObject>> ItemsAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonObject>(url))!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
}
