using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.Notifications.Application.Access;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

/// <summary>A new signing secret, shown once; the previous one keeps signing for a day (two <c>v1,</c> signatures).</summary>
public sealed record RotateSubscriptionSecret(Guid SubscriptionId, string? IfMatch) : ICommand<SubscriptionSecretDto>;

internal sealed class RotateSubscriptionSecretHandler(
    ISubscriptionRepository subscriptions, SubscriberAccess access, ISecretProtector protector, TimeProvider clock, INotificationsUnitOfWork unitOfWork)
    : ICommandHandler<RotateSubscriptionSecret, SubscriptionSecretDto>
{
    public async ValueTask<SubscriptionSecretDto> Handle(RotateSubscriptionSecret command, CancellationToken cancellationToken)
    {
        var subscription = access.EnsureCanSee(await subscriptions.FindAsync(command.SubscriptionId, cancellationToken), command.SubscriptionId);
        ConcurrencyCheck.EnsureMatches(subscription, command.IfMatch, "Subscription");
        var secret = WebhookSecret.New();
        subscription.RotateSecret(protector.Protect(secret), clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return new SubscriptionSecretDto(subscription.Id, secret, SubscriptionMapping.Utc(subscription.PreviousSecretExpiresAt ?? subscription.CreatedAt), ConcurrencyCheck.VersionOf(subscription));
    }
}
