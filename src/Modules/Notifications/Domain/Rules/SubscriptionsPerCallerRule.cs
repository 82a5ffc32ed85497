using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Domain.Rules;

/// <summary>A caller holds at most <see cref="Subscription.MaxPerOwner"/> subscriptions: each one costs a call per event.</summary>
public sealed class SubscriptionsPerCallerRule(int existing) : IBusinessRule
{
    public string Code => "subscription-limit";

    public string Message => $"A caller has at most {Subscription.MaxPerOwner} subscriptions; delete one first.";

    public bool IsBroken() => existing >= Subscription.MaxPerOwner;
}
