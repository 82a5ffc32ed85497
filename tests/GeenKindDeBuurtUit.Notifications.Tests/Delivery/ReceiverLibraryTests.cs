using System.Net.Http.Json;
using System.Net.Mime;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Tests.Api;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

/// <summary>
/// A receiver checks a delivery with the libraries it would use itself, not with our reading of
/// the specifications: the Standard Webhooks library verifies the signature, the CloudEvents SDK
/// reads the event. Where they disagree with what we send, what we send is wrong.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReceiverLibraryTests(PlatformFactory platform)
{
    // The CloudEvents "dataref" extension: a URI-reference to where the data can be read.
    private static readonly CloudEventAttribute DataRef = CloudEventAttribute.CreateExtension("dataref", CloudEventAttributeType.UriReference);

    [Fact]
    public async Task The_standard_webhooks_library_verifies_a_delivery_and_the_cloudevents_sdk_reads_it()
    {
        await using var receiver = await Receiver.StartAsync();
        var schoolId = await SchoolAsync(10);
        using var school = platform.ClientAs("school", [schoolId]);
        var secret = await SubscribeAsync(school, receiver.Url);

        var caseId = await SchoolSystem.OpenCaseAsync(school, schoolId);
        var call = await ArrivalAsync(receiver, caseId);

        new StandardWebhook(secret).Verify(call.Body, Headers(call));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(NewSecret()).Verify(call.Body, Headers(call)));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(secret).Verify(call.Body.Replace(caseId.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal), Headers(call)));

        var cloudEvent = new JsonEventFormatter().DecodeStructuredModeMessage(Encoding.UTF8.GetBytes(call.Body), new ContentType(call.ContentType!), [DataRef]);
        Assert.Equal(CloudEventsSpecVersion.V1_0, cloudEvent.SpecVersion);
        Assert.Equal(call.Id, cloudEvent.Id);
        Assert.Equal(new Uri("urn:nld:geenkinddebuurtuit"), cloudEvent.Source);
        Assert.Equal(NotificationTypes.SupportCaseOpened, cloudEvent.Type);
        Assert.Equal(caseId.ToString(), cloudEvent.Subject);
        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.InRange(cloudEvent.Time!.Value, DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow);
        Assert.Equal(TimeSpan.Zero, cloudEvent.Time.Value.Offset);
        Assert.Equal(new Uri($"/api/v1/support-cases/{caseId}", UriKind.Relative), cloudEvent[DataRef]);
        var data = Assert.IsType<JsonElement>(cloudEvent.Data);
        Assert.Equal(caseId, data.GetProperty("supportCaseId").GetGuid());
        Assert.Equal(schoolId, data.GetProperty("schoolId").GetGuid());
    }

    [Fact]
    public async Task After_a_rotation_the_library_verifies_a_delivery_with_either_secret()
    {
        await using var receiver = await Receiver.StartAsync();
        var schoolId = await SchoolAsync(11);
        using var school = platform.ClientAs("school", [schoolId]);
        var created = await ProblemAssert.BodyAsync(await school.PostAsJsonAsync("/api/v1/subscriptions", new { url = receiver.Url, types = new[] { NotificationTypes.SupportCaseOpened } }));
        var rotated = await ProblemAssert.BodyAsync(await school.PostAsync($"/api/v1/subscriptions/{created["id"]}/secret-rotation", null));

        var call = await ArrivalAsync(receiver, await SchoolSystem.OpenCaseAsync(school, schoolId));

        // The new secret's signature comes first: a receiver that switched verifies the header as sent.
        var (current, previous) = (rotated["secret"]!.GetValue<string>(), created["secret"]!.GetValue<string>());
        new StandardWebhook(current).Verify(call.Body, Headers(call));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(NewSecret()).Verify(call.Body, Headers(call)));

        // StandardWebhooks 1.1.2 compares only the first signature of the list, so each one is
        // handed to it on its own: the second is the previous secret's, valid for a receiver not yet switched.
        var signatures = call.Signature.Split(' ');
        Assert.Equal(2, signatures.Length);
        new StandardWebhook(current).Verify(call.Body, Headers(call with { Signature = signatures[0] }));
        new StandardWebhook(previous).Verify(call.Body, Headers(call with { Signature = signatures[1] }));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(previous).Verify(call.Body, Headers(call with { Signature = signatures[0] })));
    }

    private static HeaderDictionary Headers(Received call) => new()
    {
        ["webhook-id"] = call.Id,
        ["webhook-timestamp"] = call.Timestamp,
        ["webhook-signature"] = call.Signature,
    };

    private static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static async Task<string> SubscribeAsync(HttpClient school, string url) =>
        (await ProblemAssert.BodyAsync(await school.PostAsJsonAsync("/api/v1/subscriptions", new { url, types = new[] { NotificationTypes.SupportCaseOpened } })))["secret"]!.GetValue<string>();

    private static async Task<Received> ArrivalAsync(Receiver receiver, Guid caseId)
    {
        Received? call = null;
        await Eventually.AssertAsync(
            () => Task.FromResult((call = receiver.Calls.FirstOrDefault(c => c.Body.Contains(caseId.ToString(), StringComparison.Ordinal))) is not null),
            "the receiver is called", TimeSpan.FromSeconds(20));
        return call!;
    }

    private async Task<Guid> SchoolAsync(int index) =>
        (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))![index]!["id"]!.GetValue<Guid>();
}
