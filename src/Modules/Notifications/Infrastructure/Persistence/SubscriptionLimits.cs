namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;

/// <summary>The stored lengths, which the request's wire shape declares too.</summary>
internal static class SubscriptionLimits
{
    public const int UrlLength = 2000;
    public const int DescriptionLength = 500;
}
