using System.Net;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>A school cancels its own request, a coordinator any; a cancelled request is history. Owns early-childhood in Osdorp.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CancellationTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_school_cancels_its_waiting_request_with_a_reason_and_then_nothing_changes_it()
    {
        var (_, _, schools) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.Osdorp, 0);
        var school = platform.School(schools[1]);
        var coordinator = platform.Coordinator();
        var id = await school.RequestForSchoolAsync(schools[1], "early-childhood", 3);

        await ProblemAssert.AssertFieldAsync(await school.PostAsync(id, "cancellation", new { on = PoolApi.Date() }), "reason");
        await ProblemAssert.AssertFieldAsync(await school.PostAsync(id, "cancellation", new { on = PoolApi.Date(-1), reason = "x" }), "on");
        var cancelled = await school.OkAsync(id, "cancellation", new { on = PoolApi.Date(), reason = "the pre-school found help itself" });

        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal("the pre-school found help itself", cancelled["cancellationReason"]!.GetValue<string>());
        await ProblemAssert.AssertRuleAsync(await school.PostAsync(id, "cancellation", new { on = PoolApi.Date(), reason = "again" }), "request-closed");
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(id, "assignment", new { }), "request-closed");
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(id, "completion", new { on = PoolApi.Date() }), "request-closed");
        Assert.DoesNotContain(id, await coordinator.ListIdsAsync($"{PoolApi.Requests}/waiting?areaId={PilotIds.Osdorp}&expertise=early-childhood&pageSize=200"));
    }

    [Fact]
    public async Task A_coordinator_cancels_an_assigned_request_and_the_professional_is_free_again()
    {
        var coordinator = platform.Coordinator();
        var olga = await coordinator.RegisterAsync("Olga (early childhood, 4 h)", "early-childhood", PilotIds.Osdorp, 4);
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.Osdorp, 1);
        var id = await coordinator.RequestForSchoolAsync(schools[0], "early-childhood", 4);
        await coordinator.AssignAsync(id, olga);
        var next = await coordinator.RequestForSchoolAsync(schools[1], "early-childhood", 4);
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(next, "assignment", new { }), "no-capacity");

        var cancelled = await coordinator.OkAsync(id, "cancellation", new { on = PoolApi.Date(), reason = "the family moved" });

        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal(olga, cancelled["professionalId"]!.GetValue<Guid>());
        Assert.Equal(olga, (await coordinator.AssignAsync(next))["professionalId"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Client.GetAsync($"{PoolApi.Professionals}/{olga}")).StatusCode);
    }
}
