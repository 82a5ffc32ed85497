using System.Text.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;

/// <summary>A notification as a CloudEvents 1.0 structured event in JSON (NL GOV profile): <c>application/cloudevents+json</c>.</summary>
internal static class CloudEventEnvelope
{
    public const string MediaType = "application/cloudevents+json";

    public static string Of(Notification notification, string apiBase) =>
        new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = notification.Id.ToString(),
            ["source"] = Notification.Source,
            ["type"] = notification.Type,
            ["subject"] = notification.Subject,
            ["time"] = DateTime.SpecifyKind(notification.Time, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["datacontenttype"] = "application/json",
            ["dataref"] = apiBase.TrimEnd('/') + notification.DataRef,
            ["data"] = JsonNode.Parse(notification.Data),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
