namespace GeenKindDeBuurtUit.Notifications.Domain.Deliveries;

/// <summary>
/// One notification on its way to one subscription: pending until a 2xx answer, retried on a
/// schedule, failed (and visible) when the schedule is spent. A lease keeps two hosts from making
/// the same attempt.
/// </summary>
public sealed class Delivery
{
    private Delivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid NotificationId { get; private set; }

    public Guid SubscriptionId { get; private set; }

    /// <summary>The notification's subject: deliveries of one subject go out in order.</summary>
    public string Subject { get; private set; } = string.Empty;

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public int? LastStatusCode { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Since when the current round of attempts runs: its creation, or its last redelivery. A round gives up after a day.</summary>
    public DateTime DueSince { get; private set; }

    public DateTime? NextAttemptAt { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public string? LockedBy { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public static Delivery Of(Guid notificationId, Guid subscriptionId, string subject, DateTime now) =>
        new() { Id = Guid.NewGuid(), NotificationId = notificationId, SubscriptionId = subscriptionId, Subject = subject, Status = DeliveryStatus.Pending, CreatedAt = now, DueSince = now, NextAttemptAt = now };

    public void Succeed(int statusCode, DateTime now)
    {
        Attempts++;
        (Status, LastStatusCode, DeliveredAt, NextAttemptAt) = (DeliveryStatus.Delivered, statusCode, now, null);
        Release();
    }

    /// <param name="nextAttemptAt">Null when the schedule is spent: the delivery has failed.</param>
    public void Miss(int? statusCode, DateTime? nextAttemptAt)
    {
        Attempts++;
        (LastStatusCode, NextAttemptAt) = (statusCode, nextAttemptAt);
        Status = nextAttemptAt is null ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        Release();
    }

    /// <summary>Not sent again: the receiver answered 410 Gone (<paramref name="statusCode"/>), or the owner may no longer read it (null).</summary>
    public void Abandon(int? statusCode)
    {
        if (statusCode is not null)
        {
            Attempts++;
        }

        (Status, LastStatusCode, NextAttemptAt) = (DeliveryStatus.Failed, statusCode, null);
        Release();
    }

    /// <summary>
    /// Its owner asked for it again: a new round of attempts starts now, counted from nil. Its place
    /// among its subject's deliveries stays, so it still goes out before the later ones.
    /// </summary>
    public void Redeliver(DateTime now)
    {
        (Status, Attempts, DueSince, NextAttemptAt, DeliveredAt) = (DeliveryStatus.Pending, 0, now, now, null);
    }

    private void Release() => (LockedUntil, LockedBy) = (null, null);
}
