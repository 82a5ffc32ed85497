using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.Notifications.Application.Access;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

/// <summary>Ends a subscription: nothing more is sent to its URL. Who did it is in the audit trail.</summary>
public sealed record DeleteSubscription(Guid SubscriptionId, string? IfMatch) : ICommand<Guid>;

internal sealed class DeleteSubscriptionHandler(ISubscriptionRepository subscriptions, SubscriberAccess access, INotificationsUnitOfWork unitOfWork)
    : ICommandHandler<DeleteSubscription, Guid>
{
    public async ValueTask<Guid> Handle(DeleteSubscription command, CancellationToken cancellationToken)
    {
        var subscription = access.EnsureCanSee(await subscriptions.FindAsync(command.SubscriptionId, cancellationToken), command.SubscriptionId);
        ConcurrencyCheck.EnsureMatches(subscription, command.IfMatch, "Subscription");
        subscriptions.Remove(subscription);
        await unitOfWork.CommitAsync(cancellationToken);
        return subscription.Id;
    }
}
