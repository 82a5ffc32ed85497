using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Notifications.Application.Access;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

public sealed record CreateSubscription(Uri Url, IReadOnlyList<string> Types, string? Description) : ICommand<CreatedSubscriptionDto>;

internal sealed class CreateSubscriptionValidator : AbstractValidator<CreateSubscription>
{
    public CreateSubscriptionValidator() => RuleFor(c => c.Description).IdentifiesNoPupil();
}

internal sealed class CreateSubscriptionHandler(
    ISubscriptionRepository subscriptions, SubscriberAccess access, IReceiverUrlPolicy urls, ISecretProtector protector, TimeProvider clock, INotificationsUnitOfWork unitOfWork)
    : ICommandHandler<CreateSubscription, CreatedSubscriptionDto>
{
    public async ValueTask<CreatedSubscriptionDto> Handle(CreateSubscription command, CancellationToken cancellationToken)
    {
        if (await urls.RefusalAsync(command.Url, cancellationToken) is { } refusal)
        {
            throw InvalidRequestException.For("url", refusal);
        }

        var owner = access.Owner;
        var secret = WebhookSecret.New();
        var subscription = Subscription.Create(
            Guid.NewGuid(), command.Url.AbsoluteUri, command.Types, command.Description?.Trim() is { Length: > 0 } description ? description : null,
            owner, protector.Protect(secret), await subscriptions.CountOwnedByAsync(owner.Subject, cancellationToken), clock.GetUtcNow().UtcDateTime);
        subscriptions.Add(subscription);
        await unitOfWork.CommitAsync(cancellationToken);
        return subscription.ToCreatedDto(secret);
    }
}
