using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Notifications.Tests.Api;

/// <summary>
/// A referral decided by the SWV becomes one notification with ids only, and a delivery for each
/// subscription whose owner may read it: the school's own and the SWV's, never another school's.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationWritingTests(PlatformFactory platform)
{
    private const string ReferralDecided = "nl.geenkinddebuurtuit.support-case.referral-decided";
    private const string Receiver = "http://127.0.0.1:5099/hooks";

    [Fact]
    public async Task A_referral_reaches_the_schools_and_the_swvs_subscriptions_with_ids_only_and_never_another_schools()
    {
        var schools = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))!.Select(s => s!["id"]!.GetValue<Guid>()).ToList();
        var (own, other) = (schools[2], schools[9]);
        var school = platform.ClientAs("school", [own]);
        var swv = platform.ClientAs("swv");
        var ownSubscription = await SubscribeAsync(school);
        var otherSubscription = await SubscribeAsync(platform.ClientAs("school", [other]));
        var swvSubscription = await SubscribeAsync(swv);

        const string pupilRef = "NOTIF-PSEUDONYM-4411";
        var caseId = await ReferAsync(school, swv, own, pupilRef);

        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from notifications_notifications where Subject = '{caseId}' and Type = '{ReferralDecided}'") == 1,
            "the referral is written as a notification", TimeSpan.FromSeconds(20));
        var data = await platform.ScalarTextAsync($"select Data from notifications_notifications where Subject = '{caseId}' and Type = '{ReferralDecided}'");
        var json = JsonNode.Parse(data)!.AsObject();
        Assert.Equal(caseId, json["supportCaseId"]!.GetValue<Guid>());
        Assert.Equal(own, json["schoolId"]!.GetValue<Guid>());
        Assert.Matches("^[0-9]{4}-[0-9]{4}$", json["schoolYear"]!.GetValue<string>());
        Assert.Equal(0, await platform.CountAsync("select count(*) from notifications_notifications where Data like '%PSEUDONYM%' or DataRef like '%PSEUDONYM%'"));
        Assert.Equal(
            $"/api/v1/support-cases/{caseId}",
            await platform.ScalarTextAsync($"select DataRef from notifications_notifications where Subject = '{caseId}' and Type = '{ReferralDecided}'"));

        Assert.Equal(1, await DeliveriesAsync(ownSubscription, caseId));
        Assert.Equal(1, await DeliveriesAsync(swvSubscription, caseId));
        Assert.Equal(0, await DeliveriesAsync(otherSubscription, caseId));
    }

    [Fact]
    public async Task A_referral_decided_by_the_swv_reaches_the_schools_receiver_within_two_seconds_signed_and_without_pupil_data()
    {
        await using var receiver = await Delivery.Receiver.StartAsync();
        var own = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))![12]!["id"]!.GetValue<Guid>();
        var school = platform.ClientAs("school", [own]);
        var created = await school.PostAsJsonAsync("/api/v1/subscriptions", new { url = receiver.Url, types = new[] { ReferralDecided } });
        var secret = (await ProblemAssert.BodyAsync(created))["secret"]!.GetValue<string>();

        var caseId = await ReferAsync(school, platform.ClientAs("swv"), own, "ARRIVAL-PSEUDONYM-7310");
        var decided = DateTimeOffset.UtcNow;

        Delivery.Received? call = null;
        await Eventually.AssertAsync(
            () => Task.FromResult((call = receiver.Calls.FirstOrDefault(c => c.Body.Contains(ReferralDecided, StringComparison.Ordinal))) is not null),
            "the referral reaches the school's receiver", TimeSpan.FromSeconds(20));
        Assert.True(call!.At - decided < TimeSpan.FromSeconds(2), $"the referral arrived {(call.At - decided).TotalMilliseconds:F0} ms after the decision");
        var cloudEvent = JsonNode.Parse(call.Body)!.AsObject();
        Assert.Equal(caseId.ToString(), cloudEvent["subject"]!.GetValue<string>());
        Assert.Equal(caseId, cloudEvent["data"]!["supportCaseId"]!.GetValue<Guid>());
        Assert.DoesNotContain("PSEUDONYM", call.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("pupilRef", call.Body, StringComparison.OrdinalIgnoreCase);
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var signed = System.Text.Encoding.UTF8.GetBytes($"{call.Id}.{call.Timestamp}.{call.Body}");
        Assert.Equal("v1," + Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(key, signed)), call.Signature);
    }

    private Task<long> DeliveriesAsync(Guid subscription, Guid caseId) =>
        platform.CountAsync($"select count(*) from notifications_deliveries where SubscriptionId = '{subscription.ToString().ToUpperInvariant()}' and Subject = '{caseId}'");

    private static async Task<Guid> SubscribeAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/subscriptions", new { url = Receiver, types = new[] { ReferralDecided } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ProblemAssert.BodyAsync(response))["id"]!.GetValue<Guid>();
    }

    private static async Task<Guid> ReferAsync(HttpClient school, HttpClient swv, Guid schoolId, string pupilRef)
    {
        static string Day(int days) => DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var opened = await school.PostAsJsonAsync("/api/v1/support-cases", new { schoolId, pupilRef, needs = new[] { "language" }, level = 2, openedOn = Day(-60) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var id = (await ProblemAssert.BodyAsync(opened))["id"]!.GetValue<Guid>();
        await OkAsync(school.PostAsJsonAsync($"/api/v1/support-cases/{id}/involvements", new { party = "parents", on = Day(-50) }));
        await OkAsync(school.PostAsJsonAsync($"/api/v1/support-cases/{id}/opp", new { establishedOn = Day(-40) }));
        await OkAsync(school.PostAsJsonAsync($"/api/v1/support-cases/{id}/level", new { level = 4, reason = "outside expertise", on = Day(-30) }));
        await OkAsync(school.PostAsJsonAsync($"/api/v1/support-cases/{id}/level", new { level = 5, reason = "support team", on = Day(-20) }));
        var meeting = await swv.PostAsJsonAsync($"/api/v1/support-cases/{id}/ot-meetings", new
        {
            heldOn = Day(-10), participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
            decision = "refer", referral = new { type = "sbo", category = (string?)null },
        });
        Assert.Equal(HttpStatusCode.Created, meeting.StatusCode);
        return id;
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
