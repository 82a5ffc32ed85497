using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>
/// Every school of a cluster sees the cluster's requests, but a request's support case and note
/// are about one pupil at one school, and only the school that asked (or a coordinator or an
/// admin) may cancel it. Uses "other" in an Osdorp cluster; nothing is matched.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ClusterRequestPrivacyTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_neighbour_school_sees_the_cluster_request_but_not_the_case_or_note_of_another_schools_pupil()
    {
        var (cluster, _, schools) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.Osdorp, 2);
        var caseId = await PoolApi.OpenCaseAsync(platform, schools[0], "pool-privacy-1");
        var (asker, neighbour) = (platform.School(schools[0]), platform.School(schools[1]));
        var withCase = PoolApi.Id(await asker.RequestAsync(new { clusterId = cluster, expertise = "other", hours = 2, supportCaseId = caseId, note = "Language support for one pupil" }));
        var withoutCase = PoolApi.Id(await asker.RequestAsync(new { clusterId = cluster, expertise = "other", hours = 2, note = "Our group 3 needs a coach" }));

        foreach (var id in new[] { withCase, withoutCase })
        {
            var seen = await neighbour.GetAsync(id);
            Assert.Null(seen["supportCaseId"]);
            Assert.Null(seen["note"]);
            Assert.True(seen.ContainsKey("note"), "the member is there, as the document requires, with null");
            Assert.NotNull((await asker.GetAsync(id))["note"]);
            Assert.NotNull((await platform.Coordinator().GetAsync(id))["note"]);
        }

        Assert.Equal(caseId, (await asker.GetAsync(withCase))["supportCaseId"]!.GetValue<Guid>());
        var listed = (await neighbour.Client.GetFromJsonAsync<JsonObject>($"{PoolApi.Requests}?areaId={PilotIds.Osdorp}&expertise=other&pageSize=200"))!["items"]!.AsArray()
            .Single(i => i!["id"]!.GetValue<Guid>() == withCase)!;
        Assert.Null(listed["supportCaseId"]);
        Assert.Null(listed["note"]);
    }

    [Fact]
    public async Task Only_the_school_that_asked_a_coordinator_or_an_admin_cancels_a_cluster_request()
    {
        var (cluster, _, schools) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.Osdorp, 2);
        var (asker, neighbour) = (platform.School(schools[0]), platform.School(schools[1]));
        var requestId = PoolApi.Id(await asker.RequestAsync(new { clusterId = cluster, expertise = "other", hours = 1 }));
        var cancellation = new { on = PoolApi.Date(), reason = "no longer needed" };

        var refused = await neighbour.PostAsync(requestId, "cancellation", cancellation);
        var problem = await ProblemAssert.ProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("Only the school that made this request", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("requested", (await asker.GetAsync(requestId))["status"]!.GetValue<string>());

        Assert.Equal("cancelled", (await asker.OkAsync(requestId, "cancellation", cancellation))["status"]!.GetValue<string>());

        var byCoordinator = PoolApi.Id(await platform.Coordinator().RequestAsync(new { clusterId = cluster, expertise = "other", hours = 1 }));
        await ProblemAssert.ProblemAsync(await asker.PostAsync(byCoordinator, "cancellation", cancellation), HttpStatusCode.Forbidden);
        Assert.Equal("cancelled", (await platform.Coordinator().OkAsync(byCoordinator, "cancellation", cancellation))["status"]!.GetValue<string>());
    }

}
