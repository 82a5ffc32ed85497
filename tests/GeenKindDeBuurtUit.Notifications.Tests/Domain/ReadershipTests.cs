using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using static GeenKindDeBuurtUit.Notifications.Tests.Domain.SubscriptionBuilder;

namespace GeenKindDeBuurtUit.Notifications.Tests.Domain;

public sealed class ReadershipTests
{
    private static readonly Guid Cluster = Guid.NewGuid();
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly HashSet<Guid> None = [];

    [Fact]
    public void A_school_reads_its_own_schools_changes_and_its_clusters_requests_only()
    {
        var subscription = Create(School(SchoolA), [NotificationTypes.SupportCaseClosed, NotificationTypes.ExpertiseRequestAssigned]);

        Assert.True(Readership.MayRead(subscription, Of(NotificationTypes.SupportCaseClosed, new(SchoolId: SchoolA)), None, None));
        Assert.False(Readership.MayRead(subscription, Of(NotificationTypes.SupportCaseClosed, new(SchoolId: Guid.NewGuid())), None, None));
        Assert.True(Readership.MayRead(subscription, Of(NotificationTypes.ExpertiseRequestAssigned, new(ClusterId: Cluster, AreaId: Area)), Set(Cluster), None));
        Assert.False(Readership.MayRead(subscription, Of(NotificationTypes.ExpertiseRequestAssigned, new(ClusterId: Cluster, AreaId: Area)), None, None));
        Assert.False(Readership.MayRead(subscription, Of(NotificationTypes.SupportCaseOpened, new(SchoolId: SchoolA)), None, None));
    }

    [Fact]
    public void A_treasurer_reads_the_budgets_of_areas_its_boards_reach()
    {
        var subscription = Create(Treasurer(Guid.NewGuid()), [NotificationTypes.BudgetPooledChanged]);

        Assert.True(Readership.MayRead(subscription, Of(NotificationTypes.BudgetPooledChanged, new(AreaId: Area)), None, Set(Area)));
        Assert.False(Readership.MayRead(subscription, Of(NotificationTypes.BudgetPooledChanged, new(AreaId: Area)), None, Set(Guid.NewGuid())));
    }

    [Fact]
    public void The_swv_reads_every_case_and_a_ping_reaches_only_its_subscription()
    {
        var swv = Create(new SubscriptionOwner("swv", [SubscriberRoles.Swv], [], []), [NotificationTypes.SupportCaseEscalated, NotificationTypes.Ping]);

        Assert.True(Readership.MayRead(swv, Of(NotificationTypes.SupportCaseEscalated, new(SchoolId: Guid.NewGuid())), None, None));
        Assert.True(Readership.MayRead(swv, Of(NotificationTypes.Ping, new(SubscriptionId: swv.Id)), None, None));
        Assert.False(Readership.MayRead(swv, Of(NotificationTypes.Ping, new(SubscriptionId: Guid.NewGuid())), None, None));
    }

    private static HashSet<Guid> Set(Guid id) => [id];

    private static Notification Of(string type, NotificationScope scope) =>
        Notification.Of(Guid.NewGuid(), type, "subject", Now, "/api/v1/x", "{}", scope);
}
