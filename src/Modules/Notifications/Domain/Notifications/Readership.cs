using System.Linq.Expressions;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Domain.Notifications;

/// <summary>
/// Whether a reader may read what a notification is about, as the API would answer them: the SWV
/// and the admin read all; a coordinator the expertise pool; a school its own schools' cases and
/// requests, and its clusters' requests; a treasurer the budgets of areas where its boards have
/// schools. A notification meant for one recipient (a steward's confirmation due) is read by that
/// recipient alone, whatever anyone else's roles (docs/adr/0062). Asked when a notification is
/// written, again when it is delivered, and as the filter of the notifications feed: one
/// expression, so the database and the deliverer answer alike.
/// </summary>
public static class Readership
{
    private static readonly Expression<Func<Notification, ReaderReach, bool>> Rule = (n, reach) =>
        n.SubscriptionId == null
        && ((n.RecipientSubject != null && n.RecipientSubject == reach.Subject && reach.RecipientTypes.Contains(n.Type))
            || (n.RecipientSubject == null
                && (reach.AnyScopeTypes.Contains(n.Type)
                    || (reach.SchoolTypes.Contains(n.Type)
                        && (n.SchoolId != null ? reach.Schools.Contains(n.SchoolId.Value) : n.ClusterId != null && reach.Clusters.Contains(n.ClusterId.Value)))
                    || (reach.AreaTypes.Contains(n.Type) && n.AreaId != null && reach.Areas.Contains(n.AreaId.Value)))));

    private static readonly Func<Notification, ReaderReach, bool> CompiledRule = Rule.Compile();

    /// <param name="ownerClusters">The clusters of the owner's schools, as the school map stands now.</param>
    /// <param name="ownerAreas">The areas where the owner's boards have schools, as the school map stands now.</param>
    public static bool MayRead(Subscription subscription, Notification notification, IReadOnlySet<Guid> ownerClusters, IReadOnlySet<Guid> ownerAreas)
    {
        // A ping is for the one subscription it was asked for, whatever types that one hears.
        if (notification.SubscriptionId is { } pinged)
        {
            return pinged == subscription.Id;
        }

        return subscription.Wants(notification.Type)
            && CompiledRule(notification, ReaderReach.Of(subscription.OwnerSubject, subscription.OwnerRoles, subscription.OwnerSchoolIds, ownerClusters, ownerAreas));
    }

    /// <summary>The rule as a filter the database runs: the notifications this reach may read, pings left out.</summary>
    public static Expression<Func<Notification, bool>> Filter(ReaderReach reach)
    {
        var notification = Rule.Parameters[0];
        var body = new Substitution(Rule.Parameters[1], Expression.Constant(reach)).Visit(Rule.Body);
        return Expression.Lambda<Func<Notification, bool>>(body, notification);
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
