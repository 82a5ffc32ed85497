using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>
/// A school system that lost a case id finds the pupil's cases by its pupil reference, sent in a
/// body and never in a URL: with the scope and the audit trail of a read.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class LookupTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_lookup_answers_the_pupils_cases_at_the_school_open_first_then_newest_opened_first()
    {
        var (school, other) = (await SchoolAsync(10), await SchoolAsync(11));
        var api = new CaseApi(platform.ClientAs("school", schools: [school]));
        var pupil = Unique("find");
        var closedLater = await ClosedCaseAsync(api, school, pupil, openedOn: "2025-09-01", closedOn: "2025-10-01");
        var closedEarlier = await ClosedCaseAsync(api, school, pupil, openedOn: "2024-09-02", closedOn: "2024-12-01");
        var open = CaseApi.Id(await api.OpenAsync(school, pupil, openedOn: "2025-03-01"));
        await api.OpenAsync(school, Unique("someone-else"));
        await new CaseApi(platform.Admin()).OpenAsync(other, pupil);

        var response = await api.LookUpAsync(school, pupil);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = await ProblemAssert.BodyAsync(response);
        var items = found["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal([open, closedLater, closedEarlier], items.Select(CaseApi.Id));
        Assert.Equal(["open", "closed", "closed"], items.Select(i => i["status"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal((school, pupil), (i["schoolId"]!.GetValue<Guid>(), i["pupilRef"]!.GetValue<string>())));
        Assert.Equal((1, 50, 3), (found["page"]!.GetValue<int>(), found["pageSize"]!.GetValue<int>(), found["total"]!.GetValue<int>()));

        var secondPage = await ProblemAssert.BodyAsync(await api.LookUpAsync(school, pupil, "?page=2&pageSize=2"));
        Assert.Equal([closedEarlier], secondPage["items"]!.AsArray().Select(i => CaseApi.Id(i!.AsObject())));
        Assert.Equal(3, secondPage["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_school_finds_nothing_of_another_schools_pupil_and_the_swv_finds_it()
    {
        var (theirs, mine) = (await SchoolAsync(12), await SchoolAsync(13));
        var pupil = Unique("scope");
        var theirCase = CaseApi.Id(await new CaseApi(platform.ClientAs("school", schools: [theirs])).OpenAsync(theirs, pupil));

        var response = await new CaseApi(platform.ClientAs("school", schools: [mine])).LookUpAsync(theirs, pupil);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = await ProblemAssert.BodyAsync(response);
        Assert.Empty(found["items"]!.AsArray());
        Assert.Equal(0, found["total"]!.GetValue<int>());
        Assert.Equal([theirCase], await new CaseApi(platform.ClientAs("swv")).FoundAsync(theirs, pupil));
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("coordinator")]
    [InlineData("treasurer")]
    public async Task Roles_without_case_access_are_forbidden_to_look_up(string role)
    {
        var school = await SchoolAsync(12);

        await ProblemAssert.ProblemAsync(await new CaseApi(platform.ClientAs(role)).LookUpAsync(school, "lookup-role-1"), HttpStatusCode.Forbidden);
    }

    public static TheoryData<string, string, string> BadLookups => new()
    {
        { """{"schoolId":"@school","pupilRef":"111222333"}""", "", "pupilRef" },
        { """{"schoolId":"@school","pupilRef":"https://ketenid.nl/111222333"}""", "", "pupilRef" },
        { """{"schoolId":"@school","pupilRef":"111222333 and more"}""", "", "pupilRef" },
        { """{"schoolId":"@school","pupilRef":111222333}""", "", "pupilRef" },
        { """{"schoolId":"@school","pupilRef":""}""", "", "pupilRef" },
        { """{"schoolId":"@school"}""", "", "pupilRef" },
        { """{"pupilRef":"p-111222333"}""", "", "schoolId" },
        { """{"schoolId":"@school","pupilRef":"p-1","bsn":"111222333"}""", "", "bsn" },
        { """null""", "", "body" },
        { """{"schoolId":"@school","pupilRef":"p-1"}""", "?pageSize=201", "pageSize" },
        { """{"schoolId":"@school","pupilRef":"p-1"}""", "?page=0", "page" },
    };

    [Theory]
    [MemberData(nameof(BadLookups))]
    public async Task A_bad_lookup_names_the_field_and_logs_and_keeps_nothing_of_it(string body, string query, string field)
    {
        var school = await SchoolAsync(14);
        var recordsBefore = await platform.CountAsync("select count(*) from audit_records");
        using var logs = LogCapture.Attach(platform);

        var response = await platform.Admin().PostAsync(
            $"{CaseApi.Base}/lookup{query}", new StringContent(body.Replace("@school", school.ToString()), Encoding.UTF8, "application/json"));

        await ProblemAssert.AssertFieldAsync(response, field);
        Assert.DoesNotContain("111222333", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(logs.Entries, e => e.Contains("111222333", StringComparison.Ordinal));
        Assert.Equal(recordsBefore + 1, await platform.CountAsync("select count(*) from audit_records"));
        Assert.Equal(0, await platform.CountAsync($"select count(*) from audit_records where {AnyColumnHolds("111222333")}"));
    }

    [Fact]
    public async Task A_lookup_that_finds_cases_never_logs_the_pupil_reference()
    {
        var school = await SchoolAsync(14);
        var api = new CaseApi(platform.ClientAs("school", schools: [school]));
        var pupil = Unique("quiet");
        await api.OpenAsync(school, pupil);
        using var logs = LogCapture.Attach(platform);

        Assert.Single(await api.FoundAsync(school, pupil));

        Assert.Contains(logs.Entries, e => e.Contains("/lookup", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains(pupil, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lookup_leaves_an_allowed_record_for_each_case_it_returns_and_none_for_a_case_it_withholds()
    {
        var school = await SchoolAsync(15);
        var token = platform.Tokens.Valid(["school"], [school]);
        var api = new CaseApi(platform.ClientAs("school", schools: [school]));
        var pupil = Unique("audit");
        var closed = await ClosedCaseAsync(api, school, pupil, openedOn: "2025-01-06", closedOn: "2025-02-03");
        var open = CaseApi.Id(await api.OpenAsync(school, pupil));
        var caller = new CaseApi(Bearer(token));
        await new CaseApi(platform.ClientAs("school", schools: [await SchoolAsync(16)])).LookUpAsync(school, pupil);

        Assert.Equal([open, closed], await caller.FoundAsync(school, pupil));

        foreach (var id in new[] { open, closed })
        {
            var lookups = (await RecordsOfAsync(id)).Where(r => r["action"]!.GetValue<string>() == "LookUpSupportCases").ToList();
            var record = Assert.Single(lookups);
            Assert.Equal(new JsonWebToken(token).Subject, record["actor"]!.GetValue<string>());
            Assert.Equal(("support-case", "allowed", 200), (record["objectType"]!.GetValue<string>(), record["outcome"]!.GetValue<string>(), record["status"]!.GetValue<int>()));
            Assert.Equal(["school"], record["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        }

        Assert.Equal(0, await platform.CountAsync($"select count(*) from audit_records where {AnyColumnHolds(pupil)}"));
    }

    [Fact]
    public async Task A_lookup_with_an_idempotency_key_answers_again_and_counts_as_no_change()
    {
        var school = await SchoolAsync(16);
        var api = new CaseApi(platform.ClientAs("school", schools: [school]));
        var pupil = Unique("keyed");
        var id = CaseApi.Id(await api.OpenAsync(school, pupil));
        var key = Guid.NewGuid().ToString();

        var first = await api.LookUpAsync(school, pupil, idempotencyKey: key);
        var again = await api.LookUpAsync(school, pupil, idempotencyKey: key);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal([id], await api.FoundAsync(school, pupil));
        Assert.Equal(1, await platform.CountAsync($"select count(*) from idempotency_keys where Key = '{key}' and StatusCode = 200 and EffectCommittedAt is null"));
    }

    // Eight hex characters, as elsewhere in these tests: too short to hold a nine-digit BSN by chance.
    private static string Unique(string prefix) => $"lookup-{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    // Status is a number: cast to text, so the concatenation reads the same on every engine.
    private static string AnyColumnHolds(string text) =>
        "(Actor || '|' || Roles || '|' || Action || '|' || ObjectType || '|' || coalesce(ObjectId, '') || '|' || Outcome || '|' || "
        + $"coalesce(cast(Status as text), '') || '|' || coalesce(ClientAddress, '') || '|' || coalesce(Detail, '')) like '%{text}%'";

    private HttpClient Bearer(string token)
    {
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<Guid> SchoolAsync(int index) => (await CaseApi.SchoolsAsync(platform.Admin()))[index]["id"]!.GetValue<Guid>();

    private static async Task<Guid> ClosedCaseAsync(CaseApi api, Guid school, string pupil, string openedOn, string closedOn)
    {
        var id = CaseApi.Id(await api.OpenAsync(school, pupil, openedOn: openedOn));
        await api.OkAsync(id, "closure", new { on = closedOn, reason = "support ended" });
        return id;
    }

    private async Task<IReadOnlyList<JsonObject>> RecordsOfAsync(Guid objectId)
    {
        var page = await platform.Admin().GetFromJsonAsync<JsonObject>($"/api/v1/audit?objectId={objectId}&pageSize=200");
        return page!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
    }
}
