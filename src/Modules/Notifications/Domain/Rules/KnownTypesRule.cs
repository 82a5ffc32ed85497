using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Domain.Rules;

/// <summary>A subscription names at least one type, each one of <see cref="NotificationTypes"/>.</summary>
public sealed class KnownTypesRule(IReadOnlyCollection<string> types) : IBusinessRule
{
    public string Code => "unknown-type";

    public string Message => "A subscription names one or more of the known notification types.";

    public bool IsBroken() => types.Count == 0 || !types.All(NotificationTypes.IsKnown);
}
