using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;

namespace GeenKindDeBuurtUit.Notifications.Application.Deliveries;

/// <summary>One notification on its way to one subscription, as its owner follows it.</summary>
/// <param name="LastStatusCode">The receiver's last answer; null before the first attempt, and for a timeout or a refused connection.</param>
/// <param name="NextAttemptAt">When it is tried next; null once delivered or failed.</param>
public sealed record DeliveryDto(
    Guid Id,
    Guid NotificationId,
    string Type,
    int Attempts,
    [property: WireValues(typeof(DeliveryStatus))] string Status,
    int? LastStatusCode,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt);

internal static class DeliveryMapping
{
    public static DeliveryDto ToDto(this Delivery d, string type) =>
        new(d.Id, d.NotificationId, type, d.Attempts, WireName.Of(d.Status), d.LastStatusCode, Utc(d.NextAttemptAt), Utc(d.CreatedAt)!.Value, Utc(d.DeliveredAt));

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
