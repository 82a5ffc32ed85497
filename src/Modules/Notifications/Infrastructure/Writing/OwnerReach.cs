using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

/// <summary>
/// What a subscription's owner reaches through the school map as it stands now: the clusters of its
/// schools, the areas where its boards have schools. A school that moved takes its reach along.
/// </summary>
internal static class OwnerReach
{
    public static async Task<(IReadOnlySet<Guid> Clusters, IReadOnlySet<Guid> Areas)> OfAsync(
        NotificationsDbContext context, Subscription subscription, CancellationToken cancellationToken)
    {
        var schools = subscription.OwnerSchoolIds.ToList();
        var boards = subscription.OwnerBoardIds.ToList();
        var clusters = schools.Count == 0 ? [] : await context.SchoolPlacements().Where(p => schools.Contains(p.SchoolId)).Select(p => p.ClusterId).ToListAsync(cancellationToken);
        var areas = boards.Count == 0 ? [] : await context.SchoolPlacements().Where(p => boards.Contains(p.BoardId)).Select(p => p.AreaId).ToListAsync(cancellationToken);
        return (clusters.ToHashSet(), areas.ToHashSet());
    }
}
