using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Notifications.Application.Access;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

public sealed record CreateSubscription(string Url, IReadOnlyList<string> Types, string? Description) : ICommand<CreatedSubscriptionDto>;

internal sealed class CreateSubscriptionValidator : AbstractValidator<CreateSubscription>
{
    public CreateSubscriptionValidator()
    {
        // A URL is text the caller chooses: a pupil identifier in its path would travel with every delivery.
        RuleFor(c => c.Url).Cascade(CascadeMode.Stop).IdentifiesNoPupil()
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out _)).WithMessage("An absolute URL, such as https://las.example.nl/hooks.");
        RuleFor(c => c.Description).IdentifiesNoPupil();
    }
}

internal sealed class CreateSubscriptionHandler(
    ISubscriptionRepository subscriptions, SubscriberAccess access, IReceiverUrlPolicy urls, ISecretProtector protector, TimeProvider clock, INotificationsUnitOfWork unitOfWork)
    : ICommandHandler<CreateSubscription, CreatedSubscriptionDto>
{
    public async ValueTask<CreatedSubscriptionDto> Handle(CreateSubscription command, CancellationToken cancellationToken)
    {
        var url = new Uri(command.Url, UriKind.Absolute);
        if (await urls.RefusalAsync(url, cancellationToken) is { } refusal)
        {
            throw InvalidRequestException.For("url", refusal);
        }

        var owner = access.Owner;
        var secret = WebhookSecret.New();
        var subscription = Subscription.Create(
            Guid.NewGuid(), url.AbsoluteUri, command.Types, command.Description?.Trim() is { Length: > 0 } description ? description : null,
            owner, protector.Protect(secret), await subscriptions.CountOwnedByAsync(owner.Subject, cancellationToken), clock.GetUtcNow().UtcDateTime);
        subscriptions.Add(subscription);
        await unitOfWork.CommitAsync(cancellationToken);
        return subscription.ToCreatedDto(secret);
    }
}
