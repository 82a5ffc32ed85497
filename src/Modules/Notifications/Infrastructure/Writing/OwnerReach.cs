using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

/// <summary>
/// What a reader reaches through the school map as it stands now: the clusters of its schools, the
/// areas where its boards have schools. A school that moved takes its reach along.
/// </summary>
internal static class OwnerReach
{
    public static Task<(IReadOnlySet<Guid> Clusters, IReadOnlySet<Guid> Areas)> OfAsync(
        NotificationsDbContext context, Subscription subscription, CancellationToken cancellationToken) =>
        OfAsync(context, subscription.OwnerSchoolIds, subscription.OwnerBoardIds, cancellationToken);

    public static async Task<ReaderReach> OfAsync(NotificationsDbContext context, SubscriptionOwner reader, CancellationToken cancellationToken)
    {
        var (clusters, areas) = await OfAsync(context, reader.SchoolIds, reader.BoardIds, cancellationToken);
        return ReaderReach.Of(reader.Subject, reader.Roles, reader.SchoolIds, clusters, areas);
    }

    private static async Task<(IReadOnlySet<Guid> Clusters, IReadOnlySet<Guid> Areas)> OfAsync(
        NotificationsDbContext context, IReadOnlyList<Guid> ownerSchools, IReadOnlyList<Guid> ownerBoards, CancellationToken cancellationToken)
    {
        var schools = ownerSchools.ToList();
        var boards = ownerBoards.ToList();
        var clusters = schools.Count == 0 ? [] : await context.SchoolPlacements().Where(p => schools.Contains(p.SchoolId)).Select(p => p.ClusterId).ToListAsync(cancellationToken);
        var areas = boards.Count == 0 ? [] : await context.SchoolPlacements().Where(p => boards.Contains(p.BoardId)).Select(p => p.AreaId).ToListAsync(cancellationToken);
        return (clusters.ToHashSet(), areas.ToHashSet());
    }
}
