using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>
/// A school sees its own schools' requests and its clusters'; the SWV reads all; coordinators run
/// the pool; analysts and treasurers have nothing here. Owns "other" in Bos en Lommer.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(PlatformFactory platform)
{
    [Fact]
    public async Task Another_schools_request_is_not_found_for_reading_or_cancelling()
    {
        var (_, _, mine) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.BosEnLommer, 0);
        var (_, _, theirs) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.BosEnLommer, 1);
        var theirRequest = await platform.School(theirs[0]).RequestForSchoolAsync(theirs[0], "other", 2);
        var me = platform.School(mine[0]);

        await ProblemAssert.ProblemAsync(await me.Client.GetAsync($"{PoolApi.Requests}/{theirRequest}"), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await me.PostAsync(theirRequest, "cancellation", new { on = PoolApi.Date(), reason = "not mine" }), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await me.Client.GetAsync($"{PoolApi.Requests}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.DoesNotContain(theirRequest, await me.ListIdsAsync($"{PoolApi.Requests}?pageSize=200"));
        await ProblemAssert.ProblemAsync(await platform.School(theirs[1]).Client.GetAsync($"{PoolApi.Requests}/{theirRequest}"), HttpStatusCode.NotFound); // a school's own request, not its cluster's
        Assert.Equal("requested", (await platform.Coordinator().GetAsync(theirRequest))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_school_asks_for_its_cluster_and_every_school_of_that_cluster_sees_the_request()
    {
        var (cluster, _, schools) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.BosEnLommer, 0);
        var (_, _, others) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.BosEnLommer, 1);

        var request = PoolApi.Id(await platform.School(schools[0]).RequestAsync(new { clusterId = cluster, expertise = "other", hours = 5 }));

        Assert.Equal(HttpStatusCode.OK, (await platform.School(schools[1]).Client.GetAsync($"{PoolApi.Requests}/{request}")).StatusCode);
        Assert.Contains(request, await platform.School(schools[2]).ListIdsAsync($"{PoolApi.Requests}?pageSize=200"));
        await ProblemAssert.ProblemAsync(await platform.School(others[0]).Client.GetAsync($"{PoolApi.Requests}/{request}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_school_cannot_ask_for_another_school_or_a_cluster_it_is_not_part_of()
    {
        var (_, _, mine) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.BosEnLommer, 0);
        var (theirCluster, _, theirs) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.BosEnLommer, 1);
        var me = platform.School(mine[0]);
        var before = await platform.CountAsync("select count(*) from expertise_pool_requests");

        await ProblemAssert.ProblemAsync(await me.Client.PostAsJsonAsync(PoolApi.Requests, new { schoolId = theirs[0], expertise = "other", hours = 1 }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await me.Client.PostAsJsonAsync(PoolApi.Requests, new { clusterId = theirCluster, expertise = "other", hours = 1 }), HttpStatusCode.Forbidden);

        Assert.Equal(before, await platform.CountAsync("select count(*) from expertise_pool_requests"));
    }

    [Fact]
    public async Task A_school_may_not_run_the_pool()
    {
        var (_, _, mine) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.BosEnLommer, 0);
        var me = platform.School(mine[0]);
        var request = await me.RequestForSchoolAsync(mine[0], "other", 1);

        await ProblemAssert.ProblemAsync(await me.Client.PostAsJsonAsync(PoolApi.Professionals, new { }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await me.Client.GetAsync(PoolApi.Professionals), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await me.Client.GetAsync($"{PoolApi.Requests}/waiting"), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await me.PostAsync(request, "assignment", new { }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await me.PostAsync(request, "hours", new { on = PoolApi.Date(), hours = 1 }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await me.PostAsync(request, "completion", new { on = PoolApi.Date() }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_swv_reads_every_request_but_does_not_make_or_run_them()
    {
        var (_, _, schools) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.BosEnLommer, 1);
        var request = await platform.School(schools[2]).RequestForSchoolAsync(schools[2], "other", 2);
        var swv = new PoolApi(platform.ClientAs("swv"));

        Assert.Equal(HttpStatusCode.OK, (await swv.Client.GetAsync($"{PoolApi.Requests}/{request}")).StatusCode);
        Assert.Contains(request, await swv.ListIdsAsync($"{PoolApi.Requests}?areaId={PilotIds.BosEnLommer}&pageSize=200"));
        Assert.Contains(request, await swv.ListIdsAsync($"{PoolApi.Requests}/waiting?areaId={PilotIds.BosEnLommer}&expertise=other&pageSize=200"));
        Assert.Equal(HttpStatusCode.OK, (await swv.Client.GetAsync(PoolApi.Professionals)).StatusCode);
        await ProblemAssert.ProblemAsync(await swv.Client.PostAsJsonAsync(PoolApi.Requests, new { schoolId = schools[2], expertise = "other", hours = 1 }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await swv.PostAsync(request, "assignment", new { }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await swv.PostAsync(request, "cancellation", new { on = PoolApi.Date(), reason = "x" }), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("treasurer")]
    public async Task Analysts_and_treasurers_have_nothing_here(string role)
    {
        var client = platform.ClientAs(role);
        var request = await platform.Coordinator().RequestForSchoolAsync((await PoolApi.ClusterAsync(client, PilotIds.BosEnLommer)).SchoolIds[0], "other", 1);

        foreach (var url in new[] { PoolApi.Professionals, PoolApi.Requests, $"{PoolApi.Requests}/{request}", $"{PoolApi.Requests}/waiting" })
        {
            await ProblemAssert.ProblemAsync(await client.GetAsync(url), HttpStatusCode.Forbidden);
        }

        await ProblemAssert.ProblemAsync(await client.PostAsJsonAsync(PoolApi.Requests, new { }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await client.PostAsJsonAsync(PoolApi.Professionals, new { }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await new PoolApi(client).PostAsync(request, "cancellation", new { on = PoolApi.Date(), reason = "x" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_nothing_is_answered()
    {
        await ProblemAssert.ProblemAsync(await platform.Anonymous().GetAsync(PoolApi.Requests), HttpStatusCode.Unauthorized);
        await ProblemAssert.ProblemAsync(await platform.Anonymous().GetAsync(PoolApi.Professionals), HttpStatusCode.Unauthorized);
    }
}
