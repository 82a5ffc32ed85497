using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>
/// A coordinator runs the pool through the contract: a school asks, the best professional is
/// matched or the request waits visibly, hours are logged and the request completes.
/// Expertise per area owned here: tos and behaviour in Osdorp, newcomer and language in Bos en Lommer.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RequestLifecycleTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_school_request_is_matched_to_the_least_loaded_professional_logged_and_completed()
    {
        var coordinator = platform.Coordinator();
        var anna = await coordinator.RegisterAsync("Anna (TOS)", "tos", PilotIds.Osdorp, 20);
        var bram = await coordinator.RegisterAsync("Bram (TOS)", "tos", PilotIds.Osdorp, 10);
        await coordinator.RegisterAsync("Carla (TOS, elsewhere)", "tos", PilotIds.BosEnLommer, 40);
        var (clusterId, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.Osdorp);
        var school = platform.School(schools[0]);

        var made = await school.Client.PostAsJsonAsync(PoolApi.Requests, new { schoolId = schools[0], expertise = "tos", hours = 6, urgency = "urgent", note = "Group 3, language screening" });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var request = await ProblemAssert.BodyAsync(made);
        var id = PoolApi.Id(request);
        Assert.Equal($"/api/v1/expertise-requests/{id}", made.Headers.Location!.OriginalString);
        Assert.Equal("requested", request["status"]!.GetValue<string>());
        Assert.Equal(clusterId, request["clusterId"]!.GetValue<Guid>());
        Assert.Equal(PilotIds.Osdorp, request["areaId"]!.GetValue<Guid>());
        Assert.Null(request["professionalId"]);

        var assigned = await coordinator.AssignAsync(id);
        Assert.Equal("assigned", assigned["status"]!.GetValue<string>());
        Assert.Equal(anna, assigned["professionalId"]!.GetValue<Guid>()); // both idle: the tie goes by name
        Assert.True(assigned["waitingSeconds"]!.GetValue<long>() >= 0);
        Assert.NotNull(assigned["assignedAt"]);

        var second = await school.RequestForSchoolAsync(schools[0], "tos", 4);
        Assert.Equal(bram, (await coordinator.AssignAsync(second))["professionalId"]!.GetValue<Guid>()); // Anna is 6/20 loaded, Bram 0/10

        var logged = await coordinator.OkAsync(id, "hours", new { on = PoolApi.Date(), hours = 2.5 });
        Assert.Equal(2.5m, logged["hoursLogged"]!.GetValue<decimal>());
        Assert.Equal(anna, logged["timeEntries"]![0]!["professionalId"]!.GetValue<Guid>());
        var completed = await coordinator.OkAsync(id, "completion", new { on = PoolApi.Date() });
        Assert.Equal("completed", completed["status"]!.GetValue<string>());
        Assert.Equal(PoolApi.Date(), completed["completedOn"]!.GetValue<string>());
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(id, "hours", new { on = PoolApi.Date(), hours = 1 }), "request-closed");

        var read = await school.Client.GetAsync($"{PoolApi.Requests}/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await ProblemAssert.BodyAsync(read);
        Assert.Equal($"\"{body["version"]!.GetValue<string>()}\"", read.Headers.ETag!.Tag);
        Assert.Equal("urgent", body["urgency"]!.GetValue<string>());
        Assert.Equal("Group 3, language screening", body["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cluster_request_goes_on_equal_load_to_who_served_the_cluster_before()
    {
        var coordinator = platform.Coordinator();
        var dirk = await coordinator.RegisterAsync("Dirk (behaviour)", "behaviour", PilotIds.Osdorp, 20);
        var eva = await coordinator.RegisterAsync("Eva (behaviour)", "behaviour", PilotIds.Osdorp, 20);
        var (cluster, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.Osdorp, 0);
        var (_, _, otherSchools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.Osdorp, 1);

        // Both get 2 hours this week; Eva in this cluster, Dirk in another.
        foreach (var (professional, earlierSchool) in new[] { (eva, schools[0]), (dirk, otherSchools[0]) })
        {
            var earlier = await coordinator.RequestForSchoolAsync(earlierSchool, "behaviour", 2);
            await coordinator.AssignAsync(earlier, professional);
            await coordinator.OkAsync(earlier, "hours", new { on = PoolApi.Date(), hours = 2 });
            await coordinator.OkAsync(earlier, "completion", new { on = PoolApi.Date() });
        }

        var school = platform.School(schools[1]);
        var request = await school.RequestAsync(new { clusterId = cluster, expertise = "behaviour", hours = 3 });
        Assert.Null(request["schoolId"]);
        Assert.Equal(cluster, request["clusterId"]!.GetValue<Guid>());

        var assigned = await coordinator.AssignAsync(PoolApi.Id(request));

        Assert.Equal(eva, assigned["professionalId"]!.GetValue<Guid>());
        Assert.Contains(PoolApi.Id(request), await school.ListIdsAsync($"{PoolApi.Requests}?status=assigned"));
    }

    [Fact]
    public async Task Without_capacity_the_request_stays_waiting_and_listed_until_someone_fits()
    {
        var coordinator = platform.Coordinator();
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.BosEnLommer);
        var waiting = $"{PoolApi.Requests}/waiting?areaId={PilotIds.BosEnLommer}&expertise=newcomer";
        var normal = await coordinator.RequestForSchoolAsync(schools[0], "newcomer", 10);
        var urgent = await coordinator.RequestForSchoolAsync(schools[1], "newcomer", 1, urgency: "urgent");

        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(normal, "assignment", new { }), "no-capacity");
        Assert.Equal("requested", (await coordinator.GetAsync(normal))["status"]!.GetValue<string>());
        Assert.Equal([urgent, normal], await coordinator.ListIdsAsync(waiting)); // urgent first, then oldest

        await coordinator.RegisterAsync("Fay (newcomers, 8 h)", "newcomer", PilotIds.BosEnLommer, 8);
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(normal, "assignment", new { }), "no-capacity");
        var gus = await coordinator.RegisterAsync("Gus (newcomers, 12 h)", "newcomer", PilotIds.BosEnLommer, 12);

        var assigned = await coordinator.OkAsync(normal, "assignment", body: null); // no body at all: the best match
        Assert.Equal(gus, assigned["professionalId"]!.GetValue<Guid>());
        Assert.Equal([urgent], await coordinator.ListIdsAsync(waiting));
        Assert.Contains(normal, await coordinator.ListIdsAsync($"{PoolApi.Requests}?status=assigned&areaId={PilotIds.BosEnLommer}&pageSize=200"));
        Assert.DoesNotContain(normal, await coordinator.ListIdsAsync($"{PoolApi.Requests}?status=requested&areaId={PilotIds.BosEnLommer}&pageSize=200"));
    }

    [Fact]
    public async Task A_coordinators_own_choice_must_be_active_suitable_and_have_room()
    {
        var coordinator = platform.Coordinator();
        var hans = await coordinator.RegisterAsync("Hans (language, 4 h)", "language", PilotIds.BosEnLommer, 4);
        var ines = await coordinator.RegisterAsync("Ines (language)", "language", PilotIds.BosEnLommer);
        var jan = await coordinator.RegisterAsync("Jan (behaviour)", "behaviour", PilotIds.BosEnLommer);
        var kim = await coordinator.RegisterAsync("Kim (language, Osdorp)", "language", PilotIds.Osdorp);
        var deactivated = await coordinator.Client.PostAsJsonAsync($"{PoolApi.Professionals}/{ines}/deactivation", new { on = PoolApi.Date() });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((await ProblemAssert.BodyAsync(deactivated))["active"]!.GetValue<bool>());
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.BosEnLommer, 1);
        var request = await coordinator.RequestForSchoolAsync(schools[0], "language", 6);

        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(request, "assignment", new { professionalId = ines }), "professional-inactive");
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(request, "assignment", new { professionalId = jan }), "professional-unsuitable");
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(request, "assignment", new { professionalId = kim }), "professional-unsuitable");
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(request, "assignment", new { professionalId = hans }), "professional-over-capacity");
        await ProblemAssert.AssertFieldAsync(await coordinator.PostAsync(request, "assignment", new { professionalId = Guid.NewGuid() }), "professionalId");
        Assert.Equal("requested", (await coordinator.GetAsync(request))["status"]!.GetValue<string>());

        var lars = await coordinator.RegisterAsync("Lars (language)", "language", PilotIds.BosEnLommer);
        Assert.Equal(lars, (await coordinator.AssignAsync(request, lars))["professionalId"]!.GetValue<Guid>());
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(request, "assignment", new { }), "request-not-waiting");
        await ProblemAssert.AssertRuleAsync(
            await coordinator.Client.PostAsJsonAsync($"{PoolApi.Professionals}/{ines}/deactivation", new { on = PoolApi.Date() }), "professional-inactive");
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_and_changes_nothing()
    {
        var coordinator = platform.Coordinator();
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.Osdorp, 2);
        var id = await coordinator.RequestForSchoolAsync(schools[0], "early-childhood", 2);
        var etag = (await coordinator.Client.GetAsync($"{PoolApi.Requests}/{id}")).Headers.ETag!.Tag;

        var cancelled = await coordinator.PostAsync(id, "cancellation", new { on = PoolApi.Date(), reason = "help found at school" }, ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.NotEqual(etag, cancelled.Headers.ETag!.Tag);

        await ProblemAssert.ProblemAsync(await coordinator.PostAsync(id, "completion", new { on = PoolApi.Date() }, ifMatch: etag), HttpStatusCode.PreconditionFailed);
    }
}
