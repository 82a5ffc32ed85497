using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Facilities.IntegrationEvents;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Notifications.Tests.Api;

/// <summary>
/// A facility's confirmation falling due is meant for its steward alone (ADR 0062): the steward's
/// subscription and feed get it; another partner's, the admin's and the SWV's never do.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ConfirmationDueTests(PlatformFactory platform)
{
    private const string ConfirmationDue = "nl.geenkinddebuurtuit.facility.confirmation-due";
    private const string Receiver = "http://127.0.0.1:5099/stewards";

    [Fact]
    public async Task The_stewards_subscription_and_feed_get_it_with_the_facilitys_ids_and_name_and_nobody_elses()
    {
        var steward = $"steward-{Guid.NewGuid():N}";
        var (partner, otherPartner) = (Partner(steward), Partner($"other-{Guid.NewGuid():N}"));
        var stewards = await SubscribeAsync(partner, ConfirmationDue);
        var others = await SubscribeAsync(otherPartner, ConfirmationDue);
        var facility = Guid.NewGuid();

        await PublishAsync(new FacilityConfirmationDueIntegrationEvent(facility, "Buurtteam Osdorp (example)", PilotIds.Osdorp, steward, new DateOnly(2027, 1, 4)));

        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from notifications_notifications where Subject = '{facility}' and Type = '{ConfirmationDue}'") == 1,
            "the confirmation due is written as a notification", TimeSpan.FromSeconds(20));
        var data = JsonNode.Parse(await platform.ScalarTextAsync($"select Data from notifications_notifications where Subject = '{facility}'"))!.AsObject();
        Assert.Equal(facility, data["facilityId"]!.GetValue<Guid>());
        Assert.Equal(PilotIds.Osdorp, data["areaId"]!.GetValue<Guid>());
        Assert.Equal("2027-01-04", data["staleOn"]!.GetValue<string>());
        Assert.Equal("Buurtteam Osdorp (example)", data["facilityName"]!.GetValue<string>());
        Assert.Equal(steward, await platform.ScalarTextAsync($"select RecipientSubject from notifications_notifications where Subject = '{facility}'"));
        Assert.Equal(1, await DeliveriesAsync(stewards, facility));
        Assert.Equal(0, await DeliveriesAsync(others, facility));
        Assert.Equal(1, await platform.CountAsync($"select count(*) from notifications_deliveries where Subject = '{facility}'"));

        var listed = Assert.Single(await FeedAsync(partner, facility));
        Assert.Equal(ConfirmationDue, listed["type"]!.GetValue<string>());
        Assert.Equal($"/api/v1/facilities/{facility}", listed["dataref"]!.GetValue<string>());
        Assert.Empty(await FeedAsync(otherPartner, facility));
        Assert.Empty(await FeedAsync(platform.Admin(), facility));
        Assert.Empty(await FeedAsync(platform.ClientAs(Roles.Swv), facility));
    }

    [Fact]
    public async Task Only_a_partner_subscribes_to_it_and_a_partner_hears_nothing_but_its_own_and_pings()
    {
        var partner = Partner($"steward-{Guid.NewGuid():N}");

        await ProblemAssert.AssertRuleAsync(await Subscribe(platform.Admin(), ConfirmationDue), "type-not-readable");
        await ProblemAssert.AssertRuleAsync(await Subscribe(platform.ClientAs(Roles.Swv), ConfirmationDue), "type-not-readable");
        await ProblemAssert.AssertRuleAsync(await Subscribe(partner, "nl.geenkinddebuurtuit.support-case.opened"), "type-not-readable");
        await ProblemAssert.AssertRuleAsync(await Subscribe(partner, "nl.geenkinddebuurtuit.budget.pooled-changed"), "type-not-readable");
        Assert.Equal(HttpStatusCode.Created, (await Subscribe(partner, "nl.geenkinddebuurtuit.ping")).StatusCode);
    }

    private HttpClient Partner(string subject)
    {
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", platform.Tokens.Create([Roles.Partner], subject: subject));
        return client;
    }

    private async Task PublishAsync(FacilityConfirmationDueIntegrationEvent integrationEvent)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(integrationEvent);
    }

    private Task<long> DeliveriesAsync(Guid subscription, Guid facility) =>
        platform.CountAsync($"select count(*) from notifications_deliveries where SubscriptionId = '{subscription.ToString().ToUpperInvariant()}' and Subject = '{facility}'");

    private static Task<HttpResponseMessage> Subscribe(HttpClient client, string type) =>
        client.PostAsJsonAsync("/api/v1/subscriptions", new { url = Receiver, types = new[] { type } });

    private static async Task<Guid> SubscribeAsync(HttpClient client, string type)
    {
        var response = await Subscribe(client, type);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ProblemAssert.BodyAsync(response))["id"]!.GetValue<Guid>();
    }

    private static async Task<List<JsonObject>> FeedAsync(HttpClient client, Guid facility)
    {
        var found = new List<JsonObject>();
        string? after = null;
        JsonObject page;
        do
        {
            page = (await client.GetFromJsonAsync<JsonObject>("/api/v1/notifications?limit=200" + (after is null ? string.Empty : $"&after={after}")))!;
            found.AddRange(page["items"]!.AsArray().Select(i => i!.AsObject()).Where(i => i["subject"]!.GetValue<string>() == facility.ToString()));
            after = page["next"]!.GetValue<string>();
        }
        while (page["hasMore"]!.GetValue<bool>());
        return found;
    }
}
