using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;
using static GeenKindDeBuurtUit.Audit.Tests.Api.AuditApi;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>Only an admin reads the trail, and its filters and paging refuse what they cannot read.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessAndFilterTests(PlatformFactory platform)
{
    private readonly AuditApi api = new(platform);

    public static TheoryData<string> NotAdmins => new(Roles.All.Where(r => r != Roles.Admin));

    [Theory]
    [MemberData(nameof(NotAdmins))]
    public async Task Every_role_but_admin_is_refused_the_trail_and_its_verification(string role)
    {
        var client = api.Caller(role, await api.SchoolAsync(0)).Client;

        await ProblemAssert.ProblemAsync(await client.GetAsync(AuditPath), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await client.GetAsync(AuditPath + "/verification"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_the_trail_answers_401_and_an_admin_reads_it_in_the_contracts_list_shape()
    {
        await ProblemAssert.ProblemAsync(await platform.Anonymous().GetAsync(AuditPath), HttpStatusCode.Unauthorized);
        await ProblemAssert.ProblemAsync(await platform.Anonymous().GetAsync(AuditPath + "/verification"), HttpStatusCode.Unauthorized);

        var page = await api.ListAsync("?page=1&pageSize=2");
        Assert.Equal(1, page["page"]!.GetValue<int>());
        Assert.Equal(2, page["pageSize"]!.GetValue<int>());
        Assert.True(page["total"]!.GetValue<int>() >= 2, "the two refusals just now are records");
        Assert.Equal(2, page["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Filters_by_object_actor_and_period_return_exactly_the_matching_records()
    {
        var schoolId = await api.SchoolAsync(7);
        var (school, subject) = api.Caller(Roles.School, schoolId);
        var (swv, swvSubject) = api.Caller(Roles.Swv);
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        var first = await OpenCaseAsync(school, schoolId, "AUD-FILTER-1");
        var second = await OpenCaseAsync(school, schoolId, "AUD-FILTER-2");
        await swv.GetAsync($"{Cases}/{first}");
        var end = DateTimeOffset.UtcNow.AddSeconds(1);

        var ofFirst = (await api.ListAsync($"?objectId={first}"))["items"]!.AsArray();
        Assert.Equal(2, ofFirst.Count);
        Assert.All(ofFirst, r => Assert.Equal(first.ToString(), r!["objectId"]!.GetValue<string>()));

        var bySchool = (await api.ListAsync($"?actor={subject}"))["items"]!.AsArray();
        Assert.Equal([second.ToString(), first.ToString()], bySchool.Select(r => r!["objectId"]!.GetValue<string>()));

        var bySwvInPeriod = await api.ListAsync($"?actor={swvSubject}&from={Uri.EscapeDataString(start.ToString("O"))}&to={Uri.EscapeDataString(end.ToString("O"))}");
        Assert.Equal(1, bySwvInPeriod["total"]!.GetValue<int>());
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        Assert.Equal(1, (await api.ListAsync($"?actor={swvSubject}&from={today}&to={today}"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await api.ListAsync($"?objectId={first}&from={Uri.EscapeDataString(end.ToString("O"))}"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await api.ListAsync($"?objectId={first}&to=2020-01-01"))["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("?objectId=not-a-guid", "objectId")]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?to=2026-13-01", "to")]
    [InlineData("?from=2026-11-23T10:00:00", "from")]
    [InlineData("?from=2026-11-23&to=2026-11-22", "to")]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=201", "pageSize")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?actor=", "actor")]
    public async Task Malformed_filters_answer_400_naming_the_field(string query, string field) =>
        await ProblemAssert.AssertFieldAsync(await platform.Admin().GetAsync(AuditPath + query), field);
}
