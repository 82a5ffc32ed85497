using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Tests.Api;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

/// <summary>
/// A school hears of its cluster's expertise requests only while it is in that cluster: a delivery
/// still waiting when the school moves away is dropped unsent, while its own case keeps being tried.
/// No school ever hears of another school's case, nor of a cluster it is not in.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReadershipAtDeliveryTests
{
    [Fact]
    public async Task A_clusters_request_waiting_for_a_school_that_moved_away_is_dropped_unsent()
    {
        await using var platform = await FakeClockPlatform.StartAsync();
        using var admin = platform.ClientAs("admin");
        var clusters = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/clusters"))!.Select(c => c!.AsObject()).ToList();
        var (home, away) = clusters.Where(c => c["schoolIds"]!.AsArray().Count >= 2)
            .SelectMany(h => clusters.Where(a => a["areaId"]!.GetValue<Guid>() == h["areaId"]!.GetValue<Guid>() && a != h && a["schoolIds"]!.AsArray().Count is >= 1 and < 4), (h, a) => (h, a))
            .First();
        var area = home["areaId"]!.GetValue<Guid>();
        var (homeId, awayId) = (home["id"]!.GetValue<Guid>(), away["id"]!.GetValue<Guid>());
        var (mover, stayer, outsider) = (SchoolIn(home, 0), SchoolIn(home, 1), SchoolIn(away, 0));

        await using var moversReceiver = await Receiver.StartAsync(500);
        await using var stayersReceiver = await Receiver.StartAsync();
        await using var outsidersReceiver = await Receiver.StartAsync();
        using var moverSchool = platform.ClientAs("school", [mover]);
        var moversSubscription = await SchoolSystem.SubscribeAsync(moverSchool, moversReceiver.Url, NotificationTypes.ExpertiseRequestAssigned, NotificationTypes.SupportCaseOpened);
        using var stayerSchool = platform.ClientAs("school", [stayer]);
        var stayersSubscription = await SchoolSystem.SubscribeAsync(stayerSchool, stayersReceiver.Url, NotificationTypes.ExpertiseRequestAssigned, NotificationTypes.SupportCaseOpened);
        using var outsiderSchool = platform.ClientAs("school", [outsider]);
        var outsidersSubscription = await SchoolSystem.SubscribeAsync(outsiderSchool, outsidersReceiver.Url, NotificationTypes.ExpertiseRequestAssigned);

        var caseId = await SchoolSystem.OpenCaseAsync(moverSchool, mover);
        var requestId = await AssignedClusterRequestAsync(admin, homeId, area);

        // Written in one transaction per notification: once the mover's two are there, the others' are too, or never.
        var moversDeliveries = await platform.DeliveriesAsync(moversSubscription, 2);
        Assert.Equal(new[] { caseId.ToString(), requestId.ToString() }.Order(StringComparer.Ordinal), moversDeliveries.Select(d => d.Subject).Order(StringComparer.Ordinal));
        Assert.Equal([requestId.ToString()], (await platform.DeliveriesAsync(stayersSubscription)).Select(d => d.Subject));
        Assert.Empty(await platform.DeliveriesAsync(outsidersSubscription));

        Assert.Equal(3, await platform.PassAsync());
        Assert.Equal(2, moversReceiver.Calls.Count);
        Assert.Single(stayersReceiver.Calls);
        Assert.Contains(requestId.ToString(), stayersReceiver.Calls.Single().Body, StringComparison.Ordinal);
        Assert.Empty(outsidersReceiver.Calls);

        platform.Clock.Advance(TimeSpan.FromMinutes(1));
        var moved = await admin.PostAsJsonAsync($"/api/v1/schools/{mover}/move", new { clusterId = awayId });
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        await Eventually.AssertAsync(async () => await platform.ClusterOfAsync(mover) == awayId, "the move reaches the module's school map", TimeSpan.FromSeconds(30));

        platform.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await platform.PassAsync());

        var request = (await platform.DeliveriesAsync(moversSubscription)).Single(d => d.Subject == requestId.ToString());
        Assert.Equal((DeliveryStatus.Failed, 1, (int?)null, (DateTime?)null), (request.Status, request.Attempts, request.LastStatusCode, request.NextAttemptAt));
        var ownCase = (await platform.DeliveriesAsync(moversSubscription)).Single(d => d.Subject == caseId.ToString());
        Assert.Equal((DeliveryStatus.Pending, 2), (ownCase.Status, ownCase.Attempts));
        Assert.Equal(3, moversReceiver.Calls.Count);
        Assert.Contains(caseId.ToString(), moversReceiver.Calls.Last().Body, StringComparison.Ordinal);
        Assert.Single(moversReceiver.Calls, c => c.Body.Contains(requestId.ToString(), StringComparison.Ordinal));

        platform.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await platform.PassAsync());
        Assert.Single(moversReceiver.Calls, c => c.Body.Contains(requestId.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(stayersReceiver.Calls.Concat(outsidersReceiver.Calls), c => c.Body.Contains(caseId.ToString(), StringComparison.Ordinal));
    }

    private static Guid SchoolIn(JsonObject cluster, int index) => cluster["schoolIds"]!.AsArray()[index]!.GetValue<Guid>();

    /// <summary>A request of a whole cluster (no school of its own), given to a professional of the area.</summary>
    private static async Task<Guid> AssignedClusterRequestAsync(HttpClient admin, Guid clusterId, Guid areaId)
    {
        var professional = await CreatedAsync(admin.PostAsJsonAsync("/api/v1/professionals", new
        {
            name = "Cluster professional", organisation = "OKT", expertise = new[] { "behaviour" }, areaIds = new[] { areaId }, hoursPerWeek = 12,
        }));
        var request = await CreatedAsync(admin.PostAsJsonAsync("/api/v1/expertise-requests", new { clusterId, expertise = "behaviour", hours = 4 }));
        var assigned = await admin.PostAsJsonAsync($"/api/v1/expertise-requests/{request}/assignment", new { professionalId = professional });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        return request;
    }

    private static async Task<Guid> CreatedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ProblemAssert.BodyAsync(response))["id"]!.GetValue<Guid>();
    }
}
