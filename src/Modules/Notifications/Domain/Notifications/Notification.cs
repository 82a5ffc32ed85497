namespace GeenKindDeBuurtUit.Notifications.Domain.Notifications;

/// <summary>
/// One change as a CloudEvent (NL GOV profile), written once per integration event in the same
/// transaction as its inbox record. <see cref="Data"/> holds ids only, never a pupil reference, a
/// name or free text: a receiver reads the resource at <see cref="DataRef"/> with its own token.
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

    public static Notification Of(Guid id, string type, string subject, DateTime time, string dataRef, string data, NotificationScope scope) =>
        new()
        {
            Id = id, Type = type, Subject = subject, Time = time, DataRef = dataRef, Data = data,
            SchoolId = scope.SchoolId, ClusterId = scope.ClusterId, AreaId = scope.AreaId, SubscriptionId = scope.SubscriptionId,
        };

    public NotificationScope Scope => new(SchoolId, ClusterId, AreaId, SubscriptionId);
}
