using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>A school sees only its own schools' cases; the SWV all; analysts, treasurers and coordinators none.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(PlatformFactory platform)
{
    [Fact]
    public async Task Another_schools_case_is_not_found_for_reading_or_changing()
    {
        var schools = await CaseApi.SchoolsAsync(platform.Admin());
        var (mine, theirs) = (schools[2]["id"]!.GetValue<Guid>(), schools[3]["id"]!.GetValue<Guid>());
        var theirCase = CaseApi.Id(await new CaseApi(platform.ClientAs("school", schools: [theirs])).OpenAsync(theirs, "access-1"));
        var me = new CaseApi(platform.ClientAs("school", schools: [mine]));

        await ProblemAssert.ProblemAsync(await me.Client.GetAsync($"{CaseApi.Base}/{theirCase}"), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await me.PostAsync(theirCase, "opp", new { establishedOn = "2025-09-20" }), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await me.Client.GetAsync($"{CaseApi.Base}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        var list = await me.Client.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}?schoolId={theirs}");
        Assert.Empty(list!["items"]!.AsArray());
        Assert.Equal(0, list["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_school_cannot_open_a_case_for_another_school()
    {
        var schools = await CaseApi.SchoolsAsync(platform.Admin());
        var me = platform.ClientAs("school", schools: [schools[4]["id"]!.GetValue<Guid>()]);
        var before = await platform.CountAsync("select count(*) from support_cases_cases");

        var response = await me.PostAsJsonAsync(CaseApi.Base, new { schoolId = schools[5]["id"]!.GetValue<Guid>(), pupilRef = "access-2", needs = new[] { "other" }, level = 1 });

        await ProblemAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await platform.CountAsync("select count(*) from support_cases_cases"));
    }

    [Fact]
    public async Task The_swv_sees_every_schools_cases()
    {
        var schools = await CaseApi.SchoolsAsync(platform.Admin());
        var school = schools[6]["id"]!.GetValue<Guid>();
        var id = CaseApi.Id(await new CaseApi(platform.ClientAs("school", schools: [school])).OpenAsync(school, "access-3"));

        var read = await platform.ClientAs("swv").GetAsync($"{CaseApi.Base}/{id}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("treasurer")]
    [InlineData("coordinator")]
    public async Task Roles_without_case_access_are_forbidden(string role)
    {
        var client = platform.ClientAs(role);

        await ProblemAssert.ProblemAsync(await client.GetAsync(CaseApi.Base), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await client.PostAsJsonAsync(CaseApi.Base, new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_nothing_is_answered() =>
        await ProblemAssert.ProblemAsync(await platform.Anonymous().GetAsync(CaseApi.Base), HttpStatusCode.Unauthorized);
}
