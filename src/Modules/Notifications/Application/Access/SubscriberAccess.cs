using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Access;

/// <summary>
/// A caller sees and manages its own subscriptions (by the token's <c>sub</c>); an admin all of them.
/// Anyone else's is "not found": the answer never tells that it exists.
/// </summary>
public sealed class SubscriberAccess(ICurrentActor actor)
{
    public SubscriptionOwner Owner => new(actor.Subject, [.. actor.Roles], [.. actor.SchoolIds], [.. actor.BoardIds]);

    /// <summary>Whose subscriptions a list shows: the caller's, or everyone's for an admin.</summary>
    public string? ListedOwner => actor.IsInRole(Roles.Admin) ? null : actor.Subject;

    public Subscription EnsureCanSee(Subscription? subscription, Guid id) =>
        subscription is not null && (actor.IsInRole(Roles.Admin) || subscription.OwnerSubject == actor.Subject)
            ? subscription
            : throw new NotFoundException("Subscription", id);
}
