using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Api;

// The body as the contract writes it; the attributes are its wire shape in the OpenAPI document,
// checked before binding (docs/adr/0027). The URL's safety needs a lookup: the handler checks it.
internal sealed record CreateSubscriptionRequest(
    [property: Required, StringLength(SubscriptionLimits.UrlLength, MinimumLength = 1), Description("An absolute https URL the notifications are posted to.")] string? Url,
    [property: Required, MinLength(1), MaxLength(NotificationTypes.Count), RegularExpression(NotificationTypes.Pattern), Description("The CloudEvents types to receive.")] IReadOnlyList<string?>? Types,
    [property: StringLength(SubscriptionLimits.DescriptionLength)] string? Description)
{
    // A receiver on the developer's own machine, which Development and Notifications:AllowedHosts permit; elsewhere https to a public host.
    public static CreateSubscriptionRequest Example => new(
        "http://127.0.0.1:8080/hooks/geenkinddebuurtuit", [NotificationTypes.SupportCaseReferralDecided, NotificationTypes.SupportCaseEscalated], "Our school administration system");

    public CreateSubscription ToCommand() => new(Url!, [.. Types!.OfType<string>()], Description);
}
