using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Notifications.Tests.Delivery;

namespace GeenKindDeBuurtUit.Notifications.Tests.Api;

/// <summary>A subscription's owner pings its receiver, follows its deliveries and sends one again.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DeliveryApiTests(PlatformFactory platform)
{
    private const string Subscriptions = "/api/v1/subscriptions";
    private const string Ping = "nl.geenkinddebuurtuit.ping";
    private const string Closed = "nl.geenkinddebuurtuit.support-case.closed";

    [Fact]
    public async Task A_ping_reaches_the_receiver_signed_and_its_delivery_shows_as_delivered()
    {
        await using var receiver = await Receiver.StartAsync();
        var swv = platform.ClientAs("swv");
        var id = await SchoolSystem.SubscribeAsync(swv, receiver.Url, Closed);

        var pinged = await swv.PostAsync($"{Subscriptions}/{id}/ping", null);

        Assert.Equal(HttpStatusCode.Accepted, pinged.StatusCode);
        var delivery = await ProblemAssert.BodyAsync(pinged);
        var deliveryId = delivery["id"]!.GetValue<Guid>();
        Assert.Equal($"{Subscriptions}/{id}/deliveries/{deliveryId}", pinged.Headers.Location!.OriginalString);
        Assert.Equal(Ping, delivery["type"]!.GetValue<string>());
        Assert.Equal("pending", delivery["status"]!.GetValue<string>());
        var call = await ArrivalAsync(receiver, delivery["notificationId"]!.GetValue<Guid>());
        var cloudEvent = JsonNode.Parse(call.Body)!.AsObject();
        Assert.Equal(Ping, cloudEvent["type"]!.GetValue<string>());
        Assert.Equal(id.ToString(), cloudEvent["subject"]!.GetValue<string>());
        Assert.StartsWith("v1,", call.Signature, StringComparison.Ordinal);
        await Eventually.AssertAsync(
            async () => (await swv.GetFromJsonAsync<JsonObject>(pinged.Headers.Location!.OriginalString))!["status"]!.GetValue<string>() == "delivered",
            "the ping's delivery is delivered", TimeSpan.FromSeconds(10));
        var delivered = await swv.GetFromJsonAsync<JsonObject>($"{Subscriptions}/{id}/deliveries?status=delivered");
        var row = Assert.Single(delivered!["items"]!.AsArray());
        Assert.Equal(deliveryId, row!["id"]!.GetValue<Guid>());
        Assert.Equal(1, row["attempts"]!.GetValue<int>());
        Assert.Equal(204, row["lastStatusCode"]!.GetValue<int>());
        Assert.Null(row["nextAttemptAt"]);
        Assert.Empty((await swv.GetFromJsonAsync<JsonObject>($"{Subscriptions}/{id}/deliveries?status=failed"))!["items"]!.AsArray());
    }

    [Fact]
    public async Task A_delivery_the_receiver_refused_shows_its_attempts_and_goes_out_again_on_redelivery()
    {
        await using var receiver = await Receiver.StartAsync(500);
        var swv = platform.ClientAs("swv");
        var id = await SchoolSystem.SubscribeAsync(swv, receiver.Url, Closed);
        var ping = await ProblemAssert.BodyAsync(await swv.PostAsync($"{Subscriptions}/{id}/ping", null));
        var deliveryId = ping["id"]!.GetValue<Guid>();
        await ArrivalAsync(receiver, ping["notificationId"]!.GetValue<Guid>());
        JsonObject? refused = null;
        await Eventually.AssertAsync(
            async () => (refused = await swv.GetFromJsonAsync<JsonObject>($"{Subscriptions}/{id}/deliveries/{deliveryId}"))!["attempts"]!.GetValue<int>() == 1,
            "the refused attempt is counted", TimeSpan.FromSeconds(10));
        Assert.Equal(500, refused!["lastStatusCode"]!.GetValue<int>());
        Assert.Equal("pending", refused["status"]!.GetValue<string>());
        Assert.True(refused["nextAttemptAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddSeconds(3));

        receiver.Status = 204;
        var again = await swv.PostAsync($"{Subscriptions}/{id}/deliveries/{deliveryId}/redelivery", null);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var restarted = await ProblemAssert.BodyAsync(again);
        Assert.Equal(0, restarted["attempts"]!.GetValue<int>());
        Assert.Equal("pending", restarted["status"]!.GetValue<string>());
        var second = await ArrivalAsync(receiver, ping["notificationId"]!.GetValue<Guid>(), skip: 1, TimeSpan.FromSeconds(5));
        Assert.Equal(ping["notificationId"]!.GetValue<Guid>().ToString(), second.Id);
        await Eventually.AssertAsync(
            async () => (await swv.GetFromJsonAsync<JsonObject>($"{Subscriptions}/{id}/deliveries/{deliveryId}"))!["status"]!.GetValue<string>() == "delivered",
            "the redelivery is delivered", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Deliveries_are_the_owners_only_and_a_wrong_status_or_delivery_is_named()
    {
        var swv = platform.ClientAs("swv");
        var id = await SchoolSystem.SubscribeAsync(swv, "http://127.0.0.1:5099/hooks", Closed);
        var stranger = platform.ClientAs("swv");

        await ProblemAssert.ProblemAsync(await stranger.GetAsync($"{Subscriptions}/{id}/deliveries"), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await stranger.PostAsync($"{Subscriptions}/{id}/ping", null), HttpStatusCode.NotFound);
        await ProblemAssert.AssertFieldAsync(await swv.GetAsync($"{Subscriptions}/{id}/deliveries?status=lost"), "status");
        await ProblemAssert.ProblemAsync(await swv.GetAsync($"{Subscriptions}/{id}/deliveries/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await swv.PostAsync($"{Subscriptions}/{id}/deliveries/{Guid.NewGuid()}/redelivery", null), HttpStatusCode.NotFound);
        var ping = await ProblemAssert.BodyAsync(await swv.PostAsync($"{Subscriptions}/{id}/ping", null));
        await ProblemAssert.ProblemAsync(
            await stranger.PostAsync($"{Subscriptions}/{id}/deliveries/{ping["id"]}/redelivery", null), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await platform.ClientAs("analyst").GetAsync($"{Subscriptions}/{id}/deliveries"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_subscription_its_receiver_ended_is_neither_pinged_nor_redelivered()
    {
        await using var receiver = await Receiver.StartAsync(410);
        var swv = platform.ClientAs("swv");
        var id = await SchoolSystem.SubscribeAsync(swv, receiver.Url, Closed);
        var ping = await ProblemAssert.BodyAsync(await swv.PostAsync($"{Subscriptions}/{id}/ping", null));
        await Eventually.AssertAsync(
            async () => (await swv.GetFromJsonAsync<JsonObject>($"{Subscriptions}/{id}"))!["status"]!.GetValue<string>() == "deactivated",
            "410 Gone ends the subscription", TimeSpan.FromSeconds(10));

        await ProblemAssert.AssertRuleAsync(await swv.PostAsync($"{Subscriptions}/{id}/ping", null), "subscription-deactivated");
        await ProblemAssert.AssertRuleAsync(await swv.PostAsync($"{Subscriptions}/{id}/deliveries/{ping["id"]}/redelivery", null), "subscription-deactivated");
        var gone = await swv.GetFromJsonAsync<JsonObject>($"{Subscriptions}/{id}/deliveries/{ping["id"]}");
        Assert.Equal("failed", gone!["status"]!.GetValue<string>());
        Assert.Equal(410, gone["lastStatusCode"]!.GetValue<int>());
    }

    internal static async Task<Received> ArrivalAsync(Receiver receiver, Guid notificationId, int skip = 0, TimeSpan? within = null)
    {
        Received? call = null;
        await Eventually.AssertAsync(
            () => Task.FromResult((call = receiver.Calls.Where(c => c.Id == notificationId.ToString()).Skip(skip).FirstOrDefault()) is not null),
            "the receiver is called", within ?? TimeSpan.FromSeconds(10));
        return call!;
    }
}
