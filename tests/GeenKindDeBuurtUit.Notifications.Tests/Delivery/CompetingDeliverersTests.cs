using System.Net.Http.Json;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;
using GeenKindDeBuurtUit.Notifications.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

/// <summary>Several hosts' deliverers on one database: each attempt is leased first, so none is made twice.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CompetingDeliverersTests(PlatformFactory platform)
{
    [Fact]
    public async Task Four_deliverers_on_one_database_post_every_notification_once()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(20);
        var swv = platform.ClientAs("swv");
        var notifications = new List<string>();
        var subscriptions = new List<Guid>();
        for (var s = 0; s < 4; s++)
        {
            var created = await swv.PostAsJsonAsync("/api/v1/subscriptions", new { url = receiver.Url, types = new[] { "nl.geenkinddebuurtuit.support-case.closed" } });
            subscriptions.Add((await ProblemAssert.BodyAsync(created))["id"]!.GetValue<Guid>());
        }

        // Three more hosts' deliverers beside the platform's own worker, each with its own lease holder name.
        var others = Enumerable.Range(0, 3).Select(_ => ActivatorUtilities.CreateInstance<NotificationDeliverer>(platform.Services)).ToList();
        using var stop = new CancellationTokenSource();
        var passes = others.Select(d => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await d.DeliverDueAsync(stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The test is over: a pass cut short is what a stopping host does.
                }

                await Task.Delay(5, CancellationToken.None);
            }
        })).ToList();

        for (var round = 0; round < 8; round++)
        {
            foreach (var subscription in subscriptions)
            {
                var ping = await ProblemAssert.BodyAsync(await swv.PostAsync($"/api/v1/subscriptions/{subscription}/ping", null));
                notifications.Add(ping["notificationId"]!.GetValue<string>());
            }
        }

        await Eventually.AssertAsync(
            () => Task.FromResult(notifications.All(n => receiver.Calls.Any(c => c.Id == n))), "every ping arrives", TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(passes);

        var posted = receiver.Calls.Where(c => notifications.Contains(c.Id)).GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(notifications.Count, posted.Count);
        Assert.All(posted, p => Assert.Equal(1, p.Value));
    }
}
