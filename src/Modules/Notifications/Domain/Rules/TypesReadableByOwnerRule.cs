using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Domain.Rules;

/// <summary>
/// A caller subscribes only to what one of its roles may read: a school hears nothing of budgets,
/// a treasurer nothing of support cases, a coordinator only the expertise pool.
/// </summary>
public sealed class TypesReadableByOwnerRule(IReadOnlyCollection<string> types, SubscriptionOwner owner) : IBusinessRule
{
    public string Code => "type-not-readable";

    public string Message => "A subscription asks only for types the caller's roles may read.";

    public bool IsBroken() => !types.All(type => NotificationTypes.IsReadableBy(type, owner.Roles));
}
