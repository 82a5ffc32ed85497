using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>Every field is validated; bad input answers 400 with the field and stores nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFactory platform)
{
    private const string CountCases = "select count(*) from support_cases_cases";

    public static TheoryData<string, string> BadOpenings => new()
    {
        { """{"schoolId":"@school","pupilRef":"111222333","needs":["tos"],"level":1}""", "pupilRef" },
        { """{"schoolId":"@school","pupilRef":"https://ketenid.nl/abc","needs":["tos"],"level":1}""", "pupilRef" },
        { """{"schoolId":"@school","pupilRef":"","needs":["tos"],"level":1}""", "pupilRef" },
        { """{"schoolId":"@school","pupilRef":"p-1","needs":["dyslexia"],"level":1}""", "needs[0]" },
        { """{"schoolId":"@school","pupilRef":"p-1","needs":[],"level":1}""", "needs" },
        { """{"schoolId":"@school","pupilRef":"p-1","needs":["tos"],"level":4}""", "level" },
        { """{"schoolId":"@school","pupilRef":"p-1","needs":["tos"],"level":0}""", "level" },
        { """{"schoolId":"@school","pupilRef":"p-1","needs":["tos"]}""", "level" },
        { """{"schoolId":"@school","pupilRef":"p-1","needs":["tos"],"level":1,"openedOn":"2999-01-01"}""", "openedOn" },
        { """{"pupilRef":"p-1","needs":["tos"],"level":1}""", "schoolId" },
        { """{"schoolId":"00000000-0000-0000-0000-000000000042","pupilRef":"p-1","needs":["tos"],"level":1}""", "schoolId" },
        { """{"schoolId":"@school","pupilRef":"p-1","needs":["tos"],"level":"two"}""", "level" },
        { """{"schoolId":"@school","pupilRef":"p-1","needs":["tos"],"level":1,"name":"Jan"}""", "name" },
    };

    [Theory]
    [MemberData(nameof(BadOpenings))]
    public async Task A_bad_opening_names_the_field_and_stores_nothing(string body, string field)
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[0]["id"]!.GetValue<Guid>();
        var before = await platform.CountAsync(CountCases);

        var response = await admin.PostAsync(CaseApi.Base, new StringContent(body.Replace("@school", school.ToString()), System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.AssertFieldAsync(response, field);
        Assert.Equal(before, await platform.CountAsync(CountCases));
        Assert.DoesNotContain("111222333", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_second_open_case_for_the_same_pupil_is_a_conflict_that_names_the_open_case()
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[7]["id"]!.GetValue<Guid>();
        var first = CaseApi.Id(await new CaseApi(admin).OpenAsync(school, "twice-1"));
        var schoolSystem = platform.ClientAs("school", schools: [school]);

        var again = await schoolSystem.PostAsJsonAsync(CaseApi.Base, new { schoolId = school, pupilRef = "twice-1", needs = new[] { "tos" }, level = 1 });

        var problem = await ProblemAssert.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(first, problem["existingCaseId"]!.GetValue<Guid>());
        Assert.Equal(1, await platform.CountAsync("select count(*) from support_cases_cases where PupilRef = 'twice-1'"));
    }

    public static TheoryData<object, string> BadMeetings => new()
    {
        { new { heldOn = "2025-10-15", participants = new[] { new { role = "swv" } }, decision = "refer", referral = new { type = "so", category = (string?)null } }, "referral.category" },
        { new { heldOn = "2025-10-15", participants = new[] { new { role = "swv" } }, decision = "refer", referral = new { type = "sbo", category = "low" } }, "referral.category" },
        { new { heldOn = "2025-10-15", participants = new[] { new { role = "swv" } }, decision = "refer", referral = new { type = "so", category = "extreme" } }, "referral.category" },
        { new { heldOn = "2025-10-15", participants = new[] { new { role = "swv" } }, decision = "refer", referral = new { type = "vso", category = (string?)null } }, "referral.type" },
        { new { heldOn = "2025-10-15", participants = new[] { new { role = "swv" } }, decision = "refer", referral = (object?)null }, "referral" },
        { new { heldOn = "2025-10-15", participants = new[] { new { role = "teacher" } }, decision = "stay", referral = (object?)null }, "participants[0].role" },
        { new { heldOn = "2025-10-15", participants = Array.Empty<object>(), decision = "stay", referral = (object?)null }, "participants" },
        { new { heldOn = "2025-10-15", participants = new[] { new { role = "swv" } }, decision = "maybe", referral = (object?)null }, "decision" },
        { new { heldOn = "2999-10-15", participants = new[] { new { role = "swv" } }, decision = "stay", referral = (object?)null }, "heldOn" },
        { new { heldOn = "2025-08-01", participants = new[] { new { role = "swv" } }, decision = "stay", referral = (object?)null }, "heldOn" },
    };

    [Theory]
    [MemberData(nameof(BadMeetings))]
    public async Task A_bad_ot_meeting_names_the_field_and_stores_nothing(object body, string field)
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[8]["id"]!.GetValue<Guid>();
        var api = new CaseApi(admin);
        var id = await api.AtLevelFiveAsync(school, "ot-" + Guid.NewGuid().ToString("N")[..8]);
        var meetings = $"select count(*) from support_cases_case_ot_meetings where CaseId = '{id.ToString().ToUpperInvariant()}'";

        await ProblemAssert.AssertFieldAsync(await api.PostAsync(id, "ot-meetings", body), field);
        Assert.Equal(0, await platform.CountAsync(meetings));
    }

    [Theory]
    [InlineData("involvements", """{"party":"grandparents","on":"2025-10-01"}""", "party")]
    [InlineData("involvements", """{"party":"parents","on":"2999-10-01"}""", "on")]
    [InlineData("involvements", """{"party":"parents","on":"2025-08-31"}""", "on")]
    [InlineData("opp", """{}""", "establishedOn")]
    [InlineData("level", """{"level":6,"reason":"x"}""", "level")]
    [InlineData("level", """{"level":2}""", "reason")]
    [InlineData("closure", """{"on":"2025-10-01"}""", "reason")]
    [InlineData("escalations", """{"to":"police","on":"2025-10-01","reason":"x"}""", "to")]
    public async Task A_bad_change_names_the_field(string path, string body, string field)
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[9]["id"]!.GetValue<Guid>();
        var id = CaseApi.Id(await new CaseApi(admin).OpenAsync(school, "change-" + Guid.NewGuid().ToString("N")[..8]));

        var response = await admin.PostAsync($"{CaseApi.Base}/{id}/{path}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.AssertFieldAsync(response, field);
        var read = await admin.GetAsync($"{CaseApi.Base}/{id}");
        Assert.Equal("\"0\"", read.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("?status=pending", "status")]
    [InlineData("?need=dyslexia", "need")]
    [InlineData("?level=7", "level")]
    [InlineData("?level=abc", "level")]
    [InlineData("?pageSize=201", "pageSize")]
    [InlineData("?page=0", "page")]
    public async Task A_bad_list_query_names_the_parameter(string query, string field) =>
        await ProblemAssert.AssertFieldAsync(await platform.Admin().GetAsync(CaseApi.Base + query), field);
}
