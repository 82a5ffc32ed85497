namespace GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

/// <summary>
/// <c>Failing</c> after repeated failed deliveries: still tried, and visible to its owner, never
/// silently dropped. <c>Deactivated</c> once its receiver answered 410 Gone: nothing is sent any more.
/// </summary>
public enum SubscriptionStatus
{
    Active,
    Failing,
    Deactivated,
}
