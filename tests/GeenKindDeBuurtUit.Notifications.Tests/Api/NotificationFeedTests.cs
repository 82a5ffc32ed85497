using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Notifications.Tests.Delivery;

namespace GeenKindDeBuurtUit.Notifications.Tests.Api;

/// <summary>The feed, for a client that cannot receive calls: the same events a subscription would be posted, paged by a cursor.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationFeedTests(PlatformFactory platform)
{
    private const string Opened = "nl.geenkinddebuurtuit.support-case.opened";

    [Fact]
    public async Task A_school_pages_through_its_own_schools_events_each_once_and_never_anothers()
    {
        var schools = await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools");
        var (ours, theirs) = (schools![8]!["id"]!.GetValue<Guid>(), schools[9]!["id"]!.GetValue<Guid>());
        var school = platform.ClientAs("school", [ours]);
        var opened = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            opened.Add(await SchoolSystem.OpenCaseAsync(school, ours, $"FEED-{i}"));
        }

        var neighbours = await SchoolSystem.OpenCaseAsync(platform.ClientAs("school", [theirs]), theirs, "FEED-NEIGHBOUR");
        await Eventually.AssertAsync(async () => (await ReadAllAsync(platform.Admin())).Any(e => e["subject"]!.GetValue<string>() == neighbours.ToString()),
            "the last case is in the feed", TimeSpan.FromSeconds(20));

        var feed = await ReadAllAsync(school, limit: 2);

        // In the order the module wrote them: events of different cases may reach it in another order than they happened (docs/adr/0047).
        Assert.Equal(opened.Order(), feed.Where(e => e["type"]!.GetValue<string>() == Opened).Select(e => e["data"]!["supportCaseId"]!.GetValue<Guid>()).Where(opened.Contains).Order());
        Assert.All(feed, e => Assert.True(e["data"]!["schoolId"] is null || e["data"]!["schoolId"]!.GetValue<Guid>() == ours));
        Assert.DoesNotContain(feed, e => e["subject"]!.GetValue<string>() == neighbours.ToString());
        Assert.DoesNotContain("FEED-", feed.Select(e => e.ToJsonString()).Aggregate(string.Empty, string.Concat), StringComparison.Ordinal);
        var first = feed.First(e => e["subject"]!.GetValue<string>() == opened[0].ToString());
        Assert.Equal("1.0", first["specversion"]!.GetValue<string>());
        Assert.Equal("urn:nld:geenkinddebuurtuit", first["source"]!.GetValue<string>());
        Assert.Equal("application/json", first["datacontenttype"]!.GetValue<string>());
        Assert.Equal($"/api/v1/support-cases/{opened[0]}", first["dataref"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_feed_lists_what_a_receiver_is_posted_member_for_member()
    {
        await using var receiver = await Receiver.StartAsync();
        var schoolId = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))![10]!["id"]!.GetValue<Guid>();
        var school = platform.ClientAs("school", [schoolId]);
        Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/api/v1/subscriptions", new { url = receiver.Url, types = new[] { Opened } })).StatusCode);
        var caseId = await SchoolSystem.OpenCaseAsync(school, schoolId, "FEED-POSTED");

        Received? call = null;
        await Eventually.AssertAsync(() => Task.FromResult((call = receiver.Calls.FirstOrDefault(c => c.Body.Contains(caseId.ToString(), StringComparison.Ordinal))) is not null),
            "the receiver is called", TimeSpan.FromSeconds(20));
        var listed = (await ReadAllAsync(school)).Single(e => e["subject"]!.GetValue<string>() == caseId.ToString() && e["type"]!.GetValue<string>() == Opened);

        Assert.Equal(call!.Body, listed.ToJsonString());
    }

    [Fact]
    public async Task A_cursor_past_the_end_waits_for_what_comes_next_and_pings_stay_out()
    {
        var swv = platform.ClientAs("swv");
        var end = await ReadToEndAsync(swv);
        var subscription = await ProblemAssert.BodyAsync(await swv.PostAsJsonAsync("/api/v1/subscriptions", new { url = "http://127.0.0.1:5099/hooks", types = new[] { Opened } }));
        var ping = await ProblemAssert.BodyAsync(await swv.PostAsync($"/api/v1/subscriptions/{subscription["id"]}/ping", null));
        var schoolId = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))![11]!["id"]!.GetValue<Guid>();
        var caseId = await SchoolSystem.OpenCaseAsync(platform.ClientAs("school", [schoolId]), schoolId, "FEED-LATER");

        var later = new List<JsonObject>();
        await Eventually.AssertAsync(
            async () =>
            {
                var page = await swv.GetFromJsonAsync<JsonObject>($"/api/v1/notifications?after={end}");
                later.AddRange(page!["items"]!.AsArray().Select(i => i!.AsObject()));
                end = page["next"]!.GetValue<string>();
                return later.Any(e => e["subject"]!.GetValue<string>() == caseId.ToString());
            },
            "the new case shows after the cursor", TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(later, e => e["id"]!.GetValue<string>() == ping["notificationId"]!.GetValue<string>());
        Assert.Equal(later.Count, later.Select(e => e["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [InlineData("after=abc", "after")]
    [InlineData("after=-1", "after")]
    [InlineData("after=99999999999999999999", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    public async Task A_wrong_cursor_or_limit_is_named(string query, string field) =>
        await ProblemAssert.AssertFieldAsync(await platform.ClientAs("swv").GetAsync($"/api/v1/notifications?{query}"), field);

    [Fact]
    public async Task An_analyst_reads_aggregates_only_and_gets_no_feed() =>
        await ProblemAssert.ProblemAsync(await platform.ClientAs("analyst").GetAsync("/api/v1/notifications"), HttpStatusCode.Forbidden);

    private static async Task<List<JsonObject>> ReadAllAsync(HttpClient client, int limit = 200)
    {
        var all = new List<JsonObject>();
        string? after = null;
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonObject>($"/api/v1/notifications?limit={limit}" + (after is null ? string.Empty : $"&after={after}"));
            var items = page!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            Assert.True(items.Count <= limit);
            all.AddRange(items);
            after = page["next"]!.GetValue<string>();
            if (!page["hasMore"]!.GetValue<bool>())
            {
                return all;
            }
        }
    }

    private static async Task<string> ReadToEndAsync(HttpClient client)
    {
        var after = "0";
        JsonObject? page;
        do
        {
            page = await client.GetFromJsonAsync<JsonObject>($"/api/v1/notifications?limit=200&after={after}");
            after = page!["next"]!.GetValue<string>();
        }
        while (page["hasMore"]!.GetValue<bool>());
        return after;
    }
}
