using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Notifications.Application.Access;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

public sealed record GetSubscription(Guid SubscriptionId) : IQuery<SubscriptionDto>;

internal sealed class GetSubscriptionHandler(ISubscriptionRepository subscriptions, SubscriberAccess access) : IQueryHandler<GetSubscription, SubscriptionDto>
{
    public async ValueTask<SubscriptionDto> Handle(GetSubscription query, CancellationToken cancellationToken) =>
        access.EnsureCanSee(await subscriptions.FindAsync(query.SubscriptionId, cancellationToken), query.SubscriptionId).ToDto();
}
