using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Tests.Domain;

internal static class SubscriptionBuilder
{
    public static readonly Guid SchoolA = Guid.Parse("0b6a3a52-6f7d-4c47-9c59-2f8f3b3e7a01");

    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static SubscriptionOwner School(params Guid[] schools) => new("las-of-el-amien", [SubscriberRoles.School], schools, []);

    public static SubscriptionOwner Treasurer(params Guid[] boards) => new("treasurer-tool", [SubscriberRoles.Treasurer], [], boards);

    public static Subscription Create(SubscriptionOwner? owner = null, IReadOnlyCollection<string>? types = null, int existing = 0) =>
        Subscription.Create(
            Guid.NewGuid(), "https://las.example.nl/hooks", types ?? [NotificationTypes.SupportCaseReferralDecided], "LAS", owner ?? School(SchoolA),
            "v1.sealed-secret", existing, Now);
}
