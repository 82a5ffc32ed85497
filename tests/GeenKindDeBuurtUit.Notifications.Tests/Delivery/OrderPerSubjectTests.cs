using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Tests.Api;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

using Deliveries = GeenKindDeBuurtUit.Notifications.Domain.Deliveries;

/// <summary>
/// Two changes to one support case while the receiver fails: the second waits however overdue it
/// is, until the first has gone through; another case is not held up by them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OrderPerSubjectTests
{
    [Fact]
    public async Task A_cases_second_change_is_not_delivered_before_its_first()
    {
        await using var platform = await FakeClockPlatform.StartAsync();
        await using var receiver = await Receiver.StartAsync(500);
        var schoolId = (await platform.SchoolsAsync())[4]!["id"]!.GetValue<Guid>();
        using var school = platform.ClientAs("school", [schoolId]);
        var subscriptionId = await SchoolSystem.SubscribeAsync(school, receiver.Url, NotificationTypes.SupportCaseOpened, NotificationTypes.SupportCaseLevelChanged);

        var caseId = await SchoolSystem.OpenCaseAsync(school, schoolId);
        await platform.DeliveriesAsync(subscriptionId, 1);
        platform.Clock.Advance(TimeSpan.FromSeconds(1));
        await SchoolSystem.ChangeLevelAsync(school, caseId, 3);
        var (opened, changed) = await TwoAsync(platform, subscriptionId);
        Assert.Equal(caseId.ToString(), changed.Subject);
        Assert.True(opened.CreatedAt < changed.CreatedAt);

        // Failing on and on: only the first change is ever tried, the second is due but held back.
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(1, await platform.PassAsync());
            Assert.Equal(attempt, receiver.Calls.Count);
            Assert.All(receiver.Calls, call => Assert.Equal(NotificationTypes.SupportCaseOpened, TypeOf(call)));
            platform.Clock.Advance(TimeSpan.FromHours(1));
        }

        (opened, changed) = await TwoAsync(platform, subscriptionId);
        Assert.Equal((DeliveryStatus.Pending, 4), (opened.Status, opened.Attempts));
        Assert.Equal((DeliveryStatus.Pending, 0), (changed.Status, changed.Attempts));

        // Once the first goes through, the second follows in a later pass, never in the same one.
        receiver.Status = 204;
        Assert.Equal(1, await platform.PassAsync());
        Assert.Equal(NotificationTypes.SupportCaseOpened, TypeOf(receiver.Calls.Last()));
        Assert.Equal(1, await platform.PassAsync());
        Assert.Equal(NotificationTypes.SupportCaseLevelChanged, TypeOf(receiver.Calls.Last()));
        Assert.Equal(6, receiver.Calls.Count);
        (opened, changed) = await TwoAsync(platform, subscriptionId);
        Assert.Equal(DeliveryStatus.Delivered, opened.Status);
        Assert.Equal(DeliveryStatus.Delivered, changed.Status);
        Assert.True(opened.DeliveredAt <= changed.DeliveredAt);
    }

    [Fact]
    public async Task A_failing_cases_changes_do_not_hold_up_another_case()
    {
        await using var platform = await FakeClockPlatform.StartAsync();
        await using var receiver = await Receiver.StartAsync(500);
        var schoolId = (await platform.SchoolsAsync())[6]!["id"]!.GetValue<Guid>();
        using var school = platform.ClientAs("school", [schoolId]);
        var subscriptionId = await SchoolSystem.SubscribeAsync(school, receiver.Url, NotificationTypes.SupportCaseOpened);
        await SchoolSystem.OpenCaseAsync(school, schoolId);
        await platform.DeliveriesAsync(subscriptionId, 1);
        Assert.Equal(1, await platform.PassAsync());

        platform.Clock.Advance(TimeSpan.FromSeconds(1));
        receiver.Status = 204;
        var other = await SchoolSystem.OpenCaseAsync(school, schoolId);
        await platform.DeliveriesAsync(subscriptionId, 2);
        Assert.Equal(1, await platform.PassAsync());

        Assert.Contains(other.ToString(), receiver.Calls.Last().Body, StringComparison.Ordinal);
        var deliveries = await platform.DeliveriesAsync(subscriptionId);
        Assert.Equal([DeliveryStatus.Pending, DeliveryStatus.Delivered], deliveries.Select(d => d.Status));
    }

    private static async Task<(Deliveries.Delivery Opened, Deliveries.Delivery Changed)> TwoAsync(FakeClockPlatform platform, Guid subscriptionId)
    {
        var deliveries = await platform.DeliveriesAsync(subscriptionId, 2);
        return (deliveries[0], deliveries[1]);
    }

    private static string TypeOf(Received call) => JsonNode.Parse(call.Body)!["type"]!.GetValue<string>();
}
