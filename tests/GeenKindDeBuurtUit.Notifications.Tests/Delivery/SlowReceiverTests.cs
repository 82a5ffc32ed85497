using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Notifications.Tests.Api;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

/// <summary>A receiver that hangs, and one that always answers 500, hold up neither the API nor another subscriber.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SlowReceiverTests(PlatformFactory platform)
{
    private const string Opened = "nl.geenkinddebuurtuit.support-case.opened";

    [Fact]
    public async Task A_hanging_and_a_failing_receiver_do_not_delay_a_healthy_one_or_the_api()
    {
        await using var hanging = await Receiver.StartAsync();
        hanging.Delay = TimeSpan.FromSeconds(60);
        await using var failing = await Receiver.StartAsync(500);
        await using var healthy = await Receiver.StartAsync();
        var schoolId = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))![7]!["id"]!.GetValue<Guid>();
        var school = platform.ClientAs("school", [schoolId]);
        var swv = platform.ClientAs("swv");
        await SubscribeAsync(swv, hanging.Url);
        await SubscribeAsync(swv, failing.Url);
        await SubscribeAsync(school, healthy.Url);

        var cases = new List<Guid>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            // Eight hex characters: a whole GUID's can hold nine digits in a row that pass as a BSN, which is refused.
            var opened = await school.PostAsJsonAsync("/api/v1/support-cases", new { schoolId, pupilRef = $"SLOW-{Guid.NewGuid().ToString("N")[..8]}", needs = new[] { "tos" }, level = 1 });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            cases.Add((await ProblemAssert.BodyAsync(opened))["id"]!.GetValue<Guid>());
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"three cases took {clock.Elapsed} with a hanging receiver subscribed");
        await Eventually.AssertAsync(
            () => Task.FromResult(cases.All(id => healthy.Calls.Any(c => c.Body.Contains(id.ToString(), StringComparison.Ordinal)))),
            "the healthy receiver hears of every case while the others hang or fail", TimeSpan.FromSeconds(8));
        Assert.NotEmpty(failing.Calls);
    }

    private static async Task SubscribeAsync(HttpClient client, string url) =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/subscriptions", new { url, types = new[] { Opened } })).StatusCode);
}
