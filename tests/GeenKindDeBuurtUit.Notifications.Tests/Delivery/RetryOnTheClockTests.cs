using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Tests.Api;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

using Deliveries = GeenKindDeBuurtUit.Notifications.Domain.Deliveries;

/// <summary>
/// A day of retries against a real receiver answering 500, on a clock the test moves: every wait
/// is about 10 s doubling to an hour, nothing goes out before it is due, the delivery has failed
/// after 24 hours, and its subscription shows failing until a later delivery gets through.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RetryOnTheClockTests
{
    private static readonly TimeSpan JustShort = TimeSpan.FromSeconds(1);

    // Written from the promise (10 s doubling up to an hour), not from the schedule's code.
    private static TimeSpan Step(int attempts) => TimeSpan.FromSeconds(Math.Min(10 * Math.Pow(2, attempts - 1), 3600));

    [Fact]
    public async Task A_failing_receiver_is_tried_on_the_doubling_schedule_until_a_day_has_passed()
    {
        await using var platform = await FakeClockPlatform.StartAsync();
        await using var receiver = await Receiver.StartAsync(500);
        var schoolId = (await platform.SchoolsAsync())[3]!["id"]!.GetValue<Guid>();
        using var school = platform.ClientAs("school", [schoolId]);
        var subscriptionId = await SchoolSystem.SubscribeAsync(school, receiver.Url, NotificationTypes.SupportCaseOpened);
        await SchoolSystem.OpenCaseAsync(school, schoolId);
        var firstDue = (await platform.DeliveriesAsync(subscriptionId, 1))[0].CreatedAt;

        Assert.Equal(1, await platform.PassAsync());
        var attempts = 1;
        Deliveries.Delivery delivery;
        while (true)
        {
            var attemptedAt = platform.Now;
            delivery = (await platform.DeliveriesAsync(subscriptionId)).Single();
            Assert.Equal(attempts, delivery.Attempts);
            Assert.Equal(attempts, receiver.Calls.Count);
            Assert.Equal(500, delivery.LastStatusCode);
            var subscription = await platform.SubscriptionAsync(subscriptionId);
            Assert.Equal(attempts, subscription.ConsecutiveFailures);
            Assert.Equal(attempts < Subscription.FailingAfter ? SubscriptionStatus.Active : SubscriptionStatus.Failing, subscription.Status);
            if (delivery.Status == DeliveryStatus.Failed)
            {
                break;
            }

            Assert.Equal(DeliveryStatus.Pending, delivery.Status);
            var due = delivery.NextAttemptAt!.Value;
            var step = Step(attempts);
            Assert.InRange(due, attemptedAt + (step * 0.8) - TimeSpan.FromMilliseconds(1), attemptedAt + step + TimeSpan.FromMilliseconds(1));

            platform.AdvanceTo(due - JustShort);
            Assert.Equal(0, await platform.PassAsync());
            Assert.Equal(attempts, receiver.Calls.Count);

            platform.AdvanceTo(due);
            Assert.Equal(1, await platform.PassAsync());
            attempts++;
        }

        // The last attempt was the one whose next wait would have ended past the day.
        Assert.Null(delivery.NextAttemptAt);
        Assert.InRange(platform.Now - firstDue, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.InRange(attempts, 30, 40);
        Assert.Single(receiver.Calls.Select(c => c.Id).Distinct());

        platform.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await platform.PassAsync());
        Assert.Equal(attempts, receiver.Calls.Count);
        Assert.Equal("failing", (await school.GetFromJsonAsync<JsonObject>($"/api/v1/subscriptions/{subscriptionId}"))!["status"]!.GetValue<string>());
        Assert.Equal(1, await platform.CountAsync($"select count(*) from notifications_deliveries where Status = 'Failed' and LastStatusCode = 500 and Attempts = {attempts}"));
    }

    [Fact]
    public async Task A_failing_subscription_is_active_again_after_a_delivery_gets_through()
    {
        await using var platform = await FakeClockPlatform.StartAsync();
        await using var receiver = await Receiver.StartAsync(500);
        var schoolId = (await platform.SchoolsAsync())[5]!["id"]!.GetValue<Guid>();
        using var school = platform.ClientAs("school", [schoolId]);
        var subscriptionId = await SchoolSystem.SubscribeAsync(school, receiver.Url, NotificationTypes.SupportCaseOpened);
        await SchoolSystem.OpenCaseAsync(school, schoolId);
        await platform.DeliveriesAsync(subscriptionId, 1);

        for (var attempt = 1; attempt <= Subscription.FailingAfter; attempt++)
        {
            platform.AdvanceTo((await platform.DeliveriesAsync(subscriptionId)).Single().NextAttemptAt!.Value);
            Assert.Equal(1, await platform.PassAsync());
            Assert.Equal(
                attempt < Subscription.FailingAfter ? "active" : "failing",
                (await school.GetFromJsonAsync<JsonObject>($"/api/v1/subscriptions/{subscriptionId}"))!["status"]!.GetValue<string>());
        }

        receiver.Status = 204;
        platform.AdvanceTo((await platform.DeliveriesAsync(subscriptionId)).Single().NextAttemptAt!.Value);
        Assert.Equal(1, await platform.PassAsync());

        var delivered = (await platform.DeliveriesAsync(subscriptionId)).Single();
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        Assert.Equal(Subscription.FailingAfter + 1, delivered.Attempts);
        Assert.Equal(platform.Now, delivered.DeliveredAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, (await platform.SubscriptionAsync(subscriptionId)).ConsecutiveFailures);
        Assert.Equal("active", (await school.GetFromJsonAsync<JsonObject>($"/api/v1/subscriptions/{subscriptionId}"))!["status"]!.GetValue<string>());
    }
}
