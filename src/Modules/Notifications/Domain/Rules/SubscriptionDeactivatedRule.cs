using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Domain.Rules;

/// <summary>A subscription its receiver ended (410 Gone) gets no new secret: its owner creates a new one.</summary>
public sealed class SubscriptionDeactivatedRule(SubscriptionStatus status) : IBusinessRule
{
    public string Code => "subscription-deactivated";

    public string Message => "The receiver ended this subscription (410 Gone); create a new one.";

    public bool IsBroken() => status == SubscriptionStatus.Deactivated;
}
