using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Notifications.Tests.Api;

/// <summary>Subscribing, reading, rotating and deleting over HTTP, as a school system would.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SubscriptionApiTests(PlatformFactory platform)
{
    private const string Subscriptions = "/api/v1/subscriptions";
    private const string ReferralDecided = "nl.geenkinddebuurtuit.support-case.referral-decided";
    private const string Receiver = "http://127.0.0.1:5099/hooks";

    [Fact]
    public async Task A_subscription_shows_its_secret_once_and_never_again()
    {
        var school = platform.ClientAs("school", [Guid.NewGuid()]);
        var created = await school.PostAsJsonAsync(Subscriptions, new { url = Receiver, types = new[] { ReferralDecided }, description = "Our LAS" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await ProblemAssert.BodyAsync(created);
        var id = body["id"]!.GetValue<Guid>();
        var secret = body["secret"]!.GetValue<string>();
        Assert.Equal($"{Subscriptions}/{id}", created.Headers.Location!.OriginalString);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal("active", body["status"]!.GetValue<string>());
        Assert.Equal([ReferralDecided], body["types"]!.AsArray().Select(t => t!.GetValue<string>()));

        var read = await ProblemAssert.BodyAsync(await school.GetAsync($"{Subscriptions}/{id}"));
        Assert.Equal(Receiver, read["url"]!.GetValue<string>());
        Assert.False(read.ContainsKey("secret"));
        var list = await school.GetFromJsonAsync<JsonObject>(Subscriptions);
        Assert.DoesNotContain(secret, list!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, await platform.CountAsync($"select count(*) from notifications_subscriptions where ProtectedSecret like '%{secret[6..16]}%'"));
    }

    [Fact]
    public async Task A_caller_sees_only_its_own_subscriptions_and_an_admin_all()
    {
        var school = platform.ClientAs("school", [Guid.NewGuid()]);
        var neighbour = platform.ClientAs("school", [Guid.NewGuid()]);
        var id = await CreateAsync(school);

        await ProblemAssert.ProblemAsync(await neighbour.GetAsync($"{Subscriptions}/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await neighbour.DeleteAsync($"{Subscriptions}/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await neighbour.PostAsync($"{Subscriptions}/{id}/secret-rotation", null), HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, await IdsAsync(neighbour));
        Assert.Equal([id], await IdsAsync(school));
        Assert.Contains(id, await IdsAsync(platform.Admin(), "?pageSize=200"));
        await ProblemAssert.ProblemAsync(await platform.ClientAs("analyst").GetAsync(Subscriptions), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Rotation_gives_a_new_secret_and_deletion_ends_the_subscription_both_in_the_audit_trail()
    {
        var swv = platform.ClientAs("swv");
        var created = await ProblemAssert.BodyAsync(await swv.PostAsJsonAsync(Subscriptions, new { url = Receiver, types = new[] { ReferralDecided } }));
        var id = created["id"]!.GetValue<Guid>();

        var rotated = await swv.PostAsync($"{Subscriptions}/{id}/secret-rotation", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var rotation = await ProblemAssert.BodyAsync(rotated);
        Assert.StartsWith("whsec_", rotation["secret"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual(created["secret"]!.GetValue<string>(), rotation["secret"]!.GetValue<string>());
        Assert.True(rotation["previousSecretExpiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddHours(23));

        Assert.Equal(HttpStatusCode.NoContent, (await swv.DeleteAsync($"{Subscriptions}/{id}")).StatusCode);
        await ProblemAssert.ProblemAsync(await swv.GetAsync($"{Subscriptions}/{id}"), HttpStatusCode.NotFound);
        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from audit_records where ObjectType = 'subscription' and lower(ObjectId) = '{id}'") == 3,
            "create, rotate and delete are in the audit trail", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Invalid_input_names_the_field_and_stores_nothing()
    {
        var caller = platform.ClientAs("swv");

        await ProblemAssert.AssertFieldAsync(await caller.PostAsJsonAsync(Subscriptions, new { url = "http://10.1.2.3/hooks", types = new[] { ReferralDecided } }), "url");
        await ProblemAssert.AssertFieldAsync(await caller.PostAsJsonAsync(Subscriptions, new { url = "http://169.254.169.254/latest", types = new[] { ReferralDecided } }), "url");
        await ProblemAssert.AssertFieldAsync(await caller.PostAsJsonAsync(Subscriptions, new { url = "not a url", types = new[] { ReferralDecided } }), "url");
        await ProblemAssert.AssertFieldAsync(await caller.PostAsJsonAsync(Subscriptions, new { url = Receiver, types = Array.Empty<string>() }), "types");
        await ProblemAssert.AssertFieldAsync(
            await caller.PostAsJsonAsync(Subscriptions, new { url = Receiver, types = new[] { "nl.geenkinddebuurtuit.support-case.pupil" } }), "types[0]");
        await ProblemAssert.AssertFieldAsync(
            await caller.PostAsJsonAsync(Subscriptions, new { url = Receiver, types = new[] { ReferralDecided }, description = "about 111222333" }), "description");

        Assert.Empty(await IdsAsync(caller));
    }

    [Fact]
    public async Task Business_rules_answer_422_with_their_code()
    {
        var treasurer = platform.ClientAs("treasurer", boards: [Guid.NewGuid()]);
        await ProblemAssert.AssertRuleAsync(await treasurer.PostAsJsonAsync(Subscriptions, new { url = Receiver, types = new[] { ReferralDecided } }), "type-not-readable");

        var school = platform.ClientAs("school", [Guid.NewGuid()]);
        for (var i = 0; i < 20; i++)
        {
            await CreateAsync(school);
        }

        await ProblemAssert.AssertRuleAsync(await school.PostAsJsonAsync(Subscriptions, new { url = Receiver, types = new[] { ReferralDecided } }), "subscription-limit");
        Assert.Equal(20, (await school.GetFromJsonAsync<JsonObject>(Subscriptions))!["total"]!.GetValue<int>());
    }

    private static async Task<Guid> CreateAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync(Subscriptions, new { url = Receiver, types = new[] { ReferralDecided } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ProblemAssert.BodyAsync(response))["id"]!.GetValue<Guid>();
    }

    private static async Task<IReadOnlyList<Guid>> IdsAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<JsonObject>(Subscriptions + query))!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
}
