using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Domain.Notifications;

/// <summary>
/// One change as a CloudEvent (NL GOV profile), written once per integration event in the same
/// transaction as its inbox record. <see cref="Data"/> holds ids only, never a pupil reference, a
/// name or free text (but a facility's public name): a receiver reads the resource at <see cref="DataRef"/> with its own token.
/// The scope members say whose change it is, for the check against a subscription's owner.
/// </summary>
public sealed class Notification
{
    public const string Source = "urn:nld:geenkinddebuurtuit";

    private Notification()
    {
        Type = string.Empty;
        Subject = string.Empty;
        DataRef = string.Empty;
        Data = string.Empty;
    }

    /// <summary>The CloudEvent's <c>id</c>: the integration event's id, stable across every retry.</summary>
    public Guid Id { get; private set; }

    /// <summary>Where it stands in the feed: given by the database in the order of writing.</summary>
    public long Position { get; private set; }

    /// <summary>When it was written (not when its change happened): the feed waits this long for an unfinished write before it.</summary>
    public DateTime RecordedAt { get; private set; }

    public string Type { get; private set; }

    /// <summary>The resource the change is about (a support case's or request's id, a budget's year and area).</summary>
    public string Subject { get; private set; }

    public DateTime Time { get; private set; }

    public string DataRef { get; private set; }

    /// <summary>The CloudEvent's <c>data</c> as JSON: ids, dates, school years and statuses only.</summary>
    public string Data { get; private set; }

    public Guid? SchoolId { get; private set; }

    public Guid? ClusterId { get; private set; }

    public Guid? AreaId { get; private set; }

    /// <summary>For a ping only: the one subscription it is for.</summary>
    public Guid? SubscriptionId { get; private set; }

    /// <summary>The <c>sub</c> of the one reader it is meant for (a facility's steward); null for a notification whoever may read its scope hears.</summary>
    public string? RecipientSubject { get; private set; }

    public static Notification Of(Guid id, string type, string subject, DateTime time, string dataRef, string data, NotificationScope scope) =>
        new()
        {
            Id = id, Type = type, Subject = subject, Time = time, DataRef = dataRef, Data = data, RecordedAt = time,
            SchoolId = scope.SchoolId, ClusterId = scope.ClusterId, AreaId = scope.AreaId, SubscriptionId = scope.SubscriptionId,
            RecipientSubject = scope.RecipientSubject,
        };

    /// <summary>A ping the owner of <paramref name="subscriptionId"/> asked for: delivered to that subscription only, never in the feed.</summary>
    public static Notification PingOf(Guid subscriptionId, DateTime now) =>
        Of(Guid.NewGuid(), NotificationTypes.Ping, subscriptionId.ToString(), now, $"/api/v1/subscriptions/{subscriptionId}",
            $"{{\"subscriptionId\":\"{subscriptionId}\"}}", new NotificationScope(SubscriptionId: subscriptionId));

    public Notification RecordedOn(DateTime now)
    {
        RecordedAt = now;
        return this;
    }

    public NotificationScope Scope => new(SchoolId, ClusterId, AreaId, SubscriptionId, RecipientSubject);
}
