using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.SupportCases;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using GeenKindDeBuurtUit.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>
/// A request may name a support case: an id only, known from the Support Cases module's events.
/// A case the requester may not see reads as unknown. Owns "other" in Osdorp.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SupportCaseLinkTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_request_links_a_case_of_its_school_or_cluster_that_the_caller_sees()
    {
        var (cluster, _, schools) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.Osdorp, 1);
        var (_, _, elsewhere) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.Osdorp, 0);
        var caseId = await PoolApi.OpenCaseAsync(platform, schools[0], "pool-link-1");
        var school = platform.School(schools[0]);

        var forSchool = await school.RequestAsync(new { schoolId = schools[0], expertise = "other", hours = 2, supportCaseId = caseId });
        var forCluster = await school.RequestAsync(new { clusterId = cluster, expertise = "other", hours = 2, supportCaseId = caseId });
        Assert.Equal(caseId, forSchool["supportCaseId"]!.GetValue<Guid>());
        Assert.Equal(caseId, forCluster["supportCaseId"]!.GetValue<Guid>());

        var neighbour = platform.School(schools[1]); // same cluster, but cannot see the case's school
        await AssertUnknownCaseAsync(await neighbour.Client.PostAsJsonAsync(PoolApi.Requests, new { schoolId = schools[1], expertise = "other", hours = 2, supportCaseId = caseId }));
        await AssertUnknownCaseAsync(await neighbour.Client.PostAsJsonAsync(PoolApi.Requests, new { clusterId = cluster, expertise = "other", hours = 2, supportCaseId = caseId }));
        var coordinator = platform.Coordinator(); // sees every school, but the case is not of the requesting school or cluster
        await AssertUnknownCaseAsync(await coordinator.Client.PostAsJsonAsync(PoolApi.Requests, new { schoolId = schools[1], expertise = "other", hours = 2, supportCaseId = caseId }));
        await AssertUnknownCaseAsync(await coordinator.Client.PostAsJsonAsync(PoolApi.Requests, new { schoolId = elsewhere[0], expertise = "other", hours = 2, supportCaseId = caseId }));
        await AssertUnknownCaseAsync(await school.Client.PostAsJsonAsync(PoolApi.Requests, new { schoolId = schools[0], expertise = "other", hours = 2, supportCaseId = Guid.NewGuid() }));
    }

    [Fact]
    public async Task A_closed_case_takes_no_new_requests()
    {
        var (_, _, schools) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.Osdorp, 2);
        var caseId = await PoolApi.OpenCaseAsync(platform, schools[0], "pool-link-2");
        var closed = await platform.Admin().PostAsJsonAsync($"/api/v1/support-cases/{caseId}/closure", new { on = PoolApi.Date(), reason = "support no longer needed" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from expertise_pool_support_cases where CaseId = '{PoolApi.Sql(caseId)}' and ClosedOn is not null") == 1,
            "the pool learns that the case closed");

        var response = await platform.School(schools[0]).Client.PostAsJsonAsync(PoolApi.Requests, new { schoolId = schools[0], expertise = "other", hours = 1, supportCaseId = caseId });

        Assert.Contains("The support case is closed.", await ProblemAssert.AssertFieldAsync(response, "supportCaseId"));
    }

    [Fact]
    public async Task A_case_event_delivered_twice_is_known_once()
    {
        var opened = new SupportCaseOpenedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), ["language"], 2, PoolApi.Today) { OccurredAt = DateTimeOffset.UtcNow };

        for (var delivery = 0; delivery < 2; delivery++)
        {
            using var scope = platform.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(opened);
        }

        Assert.Equal(1, await platform.CountAsync($"select count(*) from expertise_pool_support_cases where CaseId = '{PoolApi.Sql(opened.CaseId)}'"));
        Assert.Equal(1, await platform.CountAsync(
            $"select count(*) from expertise_pool_inbox_messages where EventId = '{PoolApi.Sql(opened.EventId)}' and Handler = '{typeof(SupportCaseOpenedHandler).FullName}'"));
    }

    private static async Task AssertUnknownCaseAsync(HttpResponseMessage response) =>
        Assert.Equal(["Unknown support case."], await ProblemAssert.AssertFieldAsync(response, "supportCaseId"));
}
