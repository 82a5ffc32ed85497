using System.Text.Json;
using GeenKindDeBuurtUit.Notifications.Application.Feed;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;

/// <summary>A notification as a CloudEvents 1.0 structured event in JSON (NL GOV profile): <c>application/cloudevents+json</c>.</summary>
internal static class CloudEventEnvelope
{
    public const string MediaType = "application/cloudevents+json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CloudEventDto Of(Notification notification, string apiBase)
    {
        using var data = JsonDocument.Parse(notification.Data);
        return new CloudEventDto(
            "1.0", notification.Id.ToString(), Notification.Source, notification.Type, notification.Subject,
            DateTime.SpecifyKind(notification.Time, DateTimeKind.Utc), "application/json", apiBase.TrimEnd('/') + notification.DataRef, data.RootElement.Clone());
    }

    /// <summary>The body a receiver is posted: the same members, in the same order, as the feed lists.</summary>
    public static string Body(Notification notification, string apiBase) => JsonSerializer.Serialize(Of(notification, apiBase), Json);
}
