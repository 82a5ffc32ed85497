using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;
using static GeenKindDeBuurtUit.Audit.Tests.Api.AuditApi;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>Every read, change and refused attempt on a support case or an expertise request leaves one record.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RecordingTests(PlatformFactory platform)
{
    private readonly AuditApi api = new(platform);

    [Fact]
    public async Task A_school_opening_reading_and_changing_its_case_leaves_an_allowed_record_for_each_call_in_order()
    {
        var schoolId = await api.SchoolAsync(0);
        var (school, subject) = api.Caller(Roles.School, schoolId);

        var caseId = await OpenCaseAsync(school, schoolId, "AUD-OPEN-1");
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"{Cases}/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.PostAsJsonAsync($"{Cases}/{caseId}/involvements", new { party = "parents", on = "2025-09-10" })).StatusCode);

        var records = await api.RecordsOfAsync(caseId);
        Assert.Equal(["OpenSupportCase", "GetSupportCase", "RecordInvolvement"], records.Select(r => r["action"]!.GetValue<string>()));
        Assert.Equal([201, 200, 200], records.Select(r => r["status"]!.GetValue<int>()));
        Assert.All(records, r =>
        {
            Assert.Equal(subject, r["actor"]!.GetValue<string>());
            Assert.Equal([Roles.School], RolesOf(r));
            Assert.Equal("support-case", r["objectType"]!.GetValue<string>());
            Assert.Equal("allowed", r["outcome"]!.GetValue<string>());
        });
        var sequences = records.Select(r => r["sequence"]!.GetValue<long>()).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Fact]
    public async Task Refusals_are_recorded_as_denied_or_not_found_with_the_caller_as_the_token_names_it()
    {
        var schoolId = await api.SchoolAsync(1);
        var (school, _) = api.Caller(Roles.School, schoolId);
        var caseId = await OpenCaseAsync(school, schoolId, "AUD-REFUSED-1");
        var (analyst, analystSubject) = api.Caller(Roles.Analyst);
        var (otherSchool, otherSubject) = api.Caller(Roles.School, await api.SchoolAsync(2));
        var forged = platform.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", platform.Tokens.Create([Roles.Admin], key: "a-key-that-is-not-the-platforms-0123456789"));

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"{Cases}/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.Anonymous().GetAsync($"{Cases}/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync($"{Cases}/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"{Cases}/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.PostAsJsonAsync($"{Cases}/{caseId}/opp", new { establishedOn = "2025-09-20" })).StatusCode);

        var records = (await api.RecordsOfAsync(caseId)).Skip(1).ToList();
        Assert.Equal(
            [
                (analystSubject, "analyst", "denied", 403, "GetSupportCase"),
                ("anonymous", "", "denied", 401, "GetSupportCase"),
                ("anonymous", "", "denied", 401, "GetSupportCase"),
                (otherSubject, "school", "not-found", 404, "GetSupportCase"),
                (otherSubject, "school", "not-found", 404, "EstablishOpp"),
            ],
            records.Select(r => (
                r["actor"]!.GetValue<string>(), string.Join(' ', RolesOf(r)), r["outcome"]!.GetValue<string>(), r["status"]!.GetValue<int>(), r["action"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_refused_change_is_denied_with_its_status_and_a_read_of_an_unknown_id_is_not_found()
    {
        var schoolId = await api.SchoolAsync(3);
        var (school, _) = api.Caller(Roles.School, schoolId);
        var caseId = await OpenCaseAsync(school, schoolId, "AUD-RULE-1");
        var unknown = Guid.NewGuid();

        await ProblemAssert.AssertRuleAsync(await school.PostAsJsonAsync($"{Cases}/{caseId}/level", new { level = 4, reason = "outside expertise" }), "opp-required");
        await ProblemAssert.AssertFieldAsync(await school.PostAsJsonAsync($"{Cases}/{caseId}/involvements", new { party = "neighbours", on = "2025-09-10" }), "party");
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"{Cases}/{caseId}/ot-meetings/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"{Cases}/{unknown}")).StatusCode);

        var records = (await api.RecordsOfAsync(caseId)).Skip(1).ToList();
        Assert.Equal(
            [("ChangeSupportLevel", "denied", 422), ("RecordInvolvement", "denied", 400), ("GetOtMeeting", "not-found", 404)],
            records.Select(r => (r["action"]!.GetValue<string>(), r["outcome"]!.GetValue<string>(), r["status"]!.GetValue<int>())));
        var unknownRecord = Assert.Single(await api.RecordsOfAsync(unknown));
        Assert.Equal("not-found", unknownRecord["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_and_expertise_requests_are_recorded_too_and_reference_data_is_not()
    {
        var schoolId = await api.SchoolAsync(4);
        var (school, subject) = api.Caller(Roles.School, schoolId);
        var before = await AllRecordsAsync();

        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"{Cases}?schoolId={schoolId}")).StatusCode);
        var made = await school.PostAsJsonAsync("/api/v1/expertise-requests", new { schoolId, expertise = "language", hours = 4 });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var requestId = (await ProblemAssert.BodyAsync(made))["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"/api/v1/expertise-requests/{requestId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync("/api/v1/schools")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Caller(Roles.Treasurer).Client.GetAsync("/api/v1/expertise-requests")).StatusCode);

        var added = (await AllRecordsAsync()).Skip(before.Count).ToList();
        Assert.Equal(
            [
                ("ListSupportCases", "support-case", (string?)null, "allowed"),
                ("MakeExpertiseRequest", "expertise-request", requestId.ToString(), "allowed"),
                ("GetExpertiseRequest", "expertise-request", requestId.ToString(), "allowed"),
                ("ListExpertiseRequests", "expertise-request", null, "denied"),
            ],
            added.Select(r => (r["action"]!.GetValue<string>(), r["objectType"]!.GetValue<string>(), r["objectId"]?.GetValue<string>(), r["outcome"]!.GetValue<string>())));
        Assert.Equal(subject, added[0]["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_client_address_of_the_caller_is_recorded()
    {
        var schoolId = await api.SchoolAsync(5);
        var (school, _) = api.Caller(Roles.School, schoolId);
        var caseId = await OpenCaseAsync(school, schoolId, "AUD-ADDRESS-1");
        var token = platform.Tokens.Valid([Roles.Swv]);

        var v4 = await api.SendFromAsync("203.0.113.17", "GET", $"{Cases}/{caseId}", token);
        var v6 = await api.SendFromAsync("2001:db8::17", "GET", $"{Cases}/{caseId}", null);

        Assert.Equal(200, v4.Response.StatusCode);
        Assert.Equal(401, v6.Response.StatusCode);
        var records = (await api.RecordsOfAsync(caseId)).Skip(1).ToList();
        Assert.Equal(["203.0.113.17", "2001:db8::17"], records.Select(r => r["clientAddress"]!.GetValue<string>()));
        Assert.Equal([Roles.Swv], RolesOf(records[0]));
    }

    [Fact]
    public async Task No_record_holds_a_pupil_reference_or_anything_else_the_request_carried()
    {
        const string pupilRef = "AUD-PSEUDONYM-77301";
        var schoolId = await api.SchoolAsync(6);
        var (school, _) = api.Caller(Roles.School, schoolId);
        var caseId = await OpenCaseAsync(school, schoolId, pupilRef);
        await school.GetAsync($"{Cases}/{caseId}?pupilRef={pupilRef}");
        await school.GetAsync($"{Cases}?pupilRef={pupilRef}");
        await school.PostAsJsonAsync($"{Cases}/{caseId}/closure", new { on = "2025-10-01", reason = $"moved away, {pupilRef}" });
        await api.Caller(Roles.Analyst).Client.PostAsJsonAsync(Cases, new { schoolId, pupilRef, needs = new[] { "language" }, level = 2 });

        Assert.True(await platform.CountAsync($"select count(*) from support_cases_cases where PupilRef = '{pupilRef}'") == 1, "the case itself holds it");
        Assert.True(await platform.CountAsync("select count(*) from audit_records") >= 5);
        Assert.Equal(0, await platform.CountAsync(
            "select count(*) from audit_records where Actor || '|' || Roles || '|' || Action || '|' || ObjectType || '|' || coalesce(ObjectId, '') || '|' || Outcome || '|' || "
            + "coalesce(cast(Status as text), '') || '|' || coalesce(ClientAddress, '') || '|' || coalesce(Detail, '') || '|' || cast(RecordedAt as text) like '%77301%' or lower(Action) like '%moved%'"));
    }

    private async Task<IReadOnlyList<JsonObject>> AllRecordsAsync()
    {
        var records = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var answer = await api.ListAsync($"?page={page}&pageSize=200");
            records.AddRange(answer["items"]!.AsArray().Select(i => i!.AsObject()));
            if (records.Count >= answer["total"]!.GetValue<int>())
            {
                return records.OrderBy(r => r["sequence"]!.GetValue<long>()).ToList();
            }
        }
    }
}
