using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

/// <summary>A subscription as its owner reads it: never its secret.</summary>
public sealed record SubscriptionDto(
    Guid Id,
    string Url,
    IReadOnlyList<string> Types,
    string? Description,
    [property: WireValues(typeof(SubscriptionStatus))] string Status,
    DateTimeOffset CreatedAt,
    string Version);

/// <summary>The answer that shows a secret, once: on creation and on rotation.</summary>
public sealed record CreatedSubscriptionDto(
    Guid Id,
    string Url,
    IReadOnlyList<string> Types,
    string? Description,
    [property: WireValues(typeof(SubscriptionStatus))] string Status,
    string Secret,
    DateTimeOffset CreatedAt,
    string Version);

/// <param name="PreviousSecretExpiresAt">Until then deliveries are signed with the previous secret too.</param>
public sealed record SubscriptionSecretDto(Guid Id, string Secret, DateTimeOffset PreviousSecretExpiresAt, string Version);

internal static class SubscriptionMapping
{
    public static SubscriptionDto ToDto(this Subscription s) =>
        new(s.Id, s.Url, s.Types, s.Description, WireName.Of(s.Status), Utc(s.CreatedAt), ConcurrencyCheck.VersionOf(s));

    public static CreatedSubscriptionDto ToCreatedDto(this Subscription s, string secret) =>
        new(s.Id, s.Url, s.Types, s.Description, WireName.Of(s.Status), secret, Utc(s.CreatedAt), ConcurrencyCheck.VersionOf(s));

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
