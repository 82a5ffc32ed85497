using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Notifications.Tests.Api;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

/// <summary>Deliveries to real receivers on loopback: signed, ids only, retried, and ended by 410 Gone.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DeliveryTests(PlatformFactory platform)
{
    private const string Opened = "nl.geenkinddebuurtuit.support-case.opened";

    [Fact]
    public async Task An_opened_case_reaches_the_schools_receiver_signed_as_a_cloudevent_with_ids_only()
    {
        await using var receiver = await Receiver.StartAsync();
        var schoolId = await SchoolAsync(3);
        var school = platform.ClientAs("school", [schoolId]);
        var secret = (await SubscribeAsync(school, receiver.Url))["secret"]!.GetValue<string>();

        var caseId = await SchoolSystem.OpenCaseAsync(school, schoolId, "DELIVERY-PSEUDONYM-9120");

        var call = await ArrivalAsync(receiver, caseId);
        Assert.Equal("application/cloudevents+json", call.ContentType?.Split(';')[0]);
        var cloudEvent = JsonNode.Parse(call.Body)!.AsObject();
        Assert.Equal("1.0", cloudEvent["specversion"]!.GetValue<string>());
        Assert.Equal("urn:nld:geenkinddebuurtuit", cloudEvent["source"]!.GetValue<string>());
        Assert.Equal(Opened, cloudEvent["type"]!.GetValue<string>());
        Assert.Equal(call.Id, cloudEvent["id"]!.GetValue<string>());
        Assert.Equal($"/api/v1/support-cases/{caseId}", cloudEvent["dataref"]!.GetValue<string>());
        Assert.Equal(schoolId, cloudEvent["data"]!["schoolId"]!.GetValue<Guid>());
        Assert.DoesNotContain("PSEUDONYM", call.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("pupilRef", call.Body, StringComparison.OrdinalIgnoreCase);

        // The Standard Webhooks check a receiver makes, written here from the specification.
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{call.Id}.{call.Timestamp}.{call.Body}")));
        Assert.Equal([expected], call.Signature.Split(' '));
        Assert.InRange(long.Parse(call.Timestamp, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task After_a_rotation_a_delivery_carries_a_signature_for_each_secret()
    {
        await using var receiver = await Receiver.StartAsync();
        var schoolId = await SchoolAsync(4);
        var school = platform.ClientAs("school", [schoolId]);
        var subscription = await SubscribeAsync(school, receiver.Url);
        var rotated = await ProblemAssert.BodyAsync(await school.PostAsync($"/api/v1/subscriptions/{subscription["id"]}/secret-rotation", null));

        var call = await ArrivalAsync(receiver, await SchoolSystem.OpenCaseAsync(school, schoolId, "ROTATION-1"));

        var signatures = call.Signature.Split(' ');
        Assert.Equal(2, signatures.Length);
        foreach (var (secret, signature) in new[] { rotated["secret"]!.GetValue<string>(), subscription["secret"]!.GetValue<string>() }.Zip(signatures))
        {
            var key = Convert.FromBase64String(secret["whsec_".Length..]);
            Assert.Equal("v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{call.Id}.{call.Timestamp}.{call.Body}"))), signature);
        }
    }

    [Fact]
    public async Task A_receiver_answering_500_is_tried_again_after_about_ten_seconds()
    {
        await using var receiver = await Receiver.StartAsync(500);
        var schoolId = await SchoolAsync(5);
        var school = platform.ClientAs("school", [schoolId]);
        var id = (await SubscribeAsync(school, receiver.Url))["id"]!.GetValue<Guid>();

        var caseId = await SchoolSystem.OpenCaseAsync(school, schoolId, "RETRY-1");
        var first = await ArrivalAsync(receiver, caseId);

        var where = $"from notifications_deliveries where SubscriptionId = '{id.ToString().ToUpperInvariant()}' and Subject = '{caseId}'";
        // At least one attempt: on a loaded machine the probe may first look after the second attempt, 8-10 s later.
        await Eventually.AssertAsync(async () => await platform.CountAsync($"select count(*) {where} and Attempts >= 1 and LastStatusCode = 500 and Status = 'Pending'") == 1,
            "the failed attempt is recorded and the delivery stays pending", TimeSpan.FromSeconds(10));
        var second = await ArrivalAsync(receiver, caseId, skip: 1, TimeSpan.FromSeconds(30));
        Assert.InRange((second.At - first.At).TotalSeconds, 7, 20);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public async Task A_receiver_answering_410_ends_the_subscription()
    {
        await using var receiver = await Receiver.StartAsync(410);
        var schoolId = await SchoolAsync(6);
        var school = platform.ClientAs("school", [schoolId]);
        var id = (await SubscribeAsync(school, receiver.Url))["id"]!.GetValue<Guid>();

        await ArrivalAsync(receiver, await SchoolSystem.OpenCaseAsync(school, schoolId, "GONE-1"));

        await Eventually.AssertAsync(
            async () => (await school.GetFromJsonAsync<JsonObject>($"/api/v1/subscriptions/{id}"))!["status"]!.GetValue<string>() == "deactivated",
            "the subscription is deactivated", TimeSpan.FromSeconds(10));
    }

    private static async Task<Received> ArrivalAsync(Receiver receiver, Guid caseId, int skip = 0, TimeSpan? within = null)
    {
        Received? call = null;
        await Eventually.AssertAsync(
            () => Task.FromResult((call = receiver.Calls.Where(c => c.Body.Contains(caseId.ToString(), StringComparison.Ordinal)).Skip(skip).FirstOrDefault()) is not null),
            "the receiver is called", within ?? TimeSpan.FromSeconds(20));
        return call!;
    }

    private async Task<Guid> SchoolAsync(int index) =>
        (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))![index]!["id"]!.GetValue<Guid>();

    private static async Task<JsonObject> SubscribeAsync(HttpClient client, string url)
    {
        var response = await client.PostAsJsonAsync("/api/v1/subscriptions", new { url, types = new[] { Opened } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ProblemAssert.BodyAsync(response);
    }
}
