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

    [Fact]
    public void A_notification_meant_for_one_steward_reaches_that_partner_only_whatever_the_others_roles()
    {
        var steward = Create(new SubscriptionOwner("partner-buurtteam", [SubscriberRoles.Partner], [], []), [NotificationTypes.FacilityConfirmationDue]);
        var other = Create(new SubscriptionOwner("partner-bibliotheek", [SubscriberRoles.Partner], [], []), [NotificationTypes.FacilityConfirmationDue]);
        var due = Of(NotificationTypes.FacilityConfirmationDue, new(AreaId: Area, RecipientSubject: "partner-buurtteam"));

        Assert.True(Readership.MayRead(steward, due, None, Set(Area)));
        Assert.False(Readership.MayRead(other, due, None, Set(Area)));
        Assert.False(Readership.Filter(ReaderReach.Of("swv", [SubscriberRoles.Swv, SubscriberRoles.Admin], [], [], [Area])).Compile()(due));
        Assert.True(Readership.Filter(ReaderReach.Of("partner-buurtteam", [SubscriberRoles.Partner], [], [], [])).Compile()(due));
        Assert.False(Readership.Filter(ReaderReach.Of("partner-buurtteam", [SubscriberRoles.Partner], [], [], [])).Compile()(
            Of(NotificationTypes.BudgetPooledChanged, new(AreaId: Area))));
    }

    [Fact]
    public void A_recipient_bound_notification_of_a_type_the_swv_reads_everywhere_is_still_only_its_recipients()
    {
        var swv = Create(new SubscriptionOwner("swv", [SubscriberRoles.Swv], [], []), [NotificationTypes.SupportCaseEscalated]);

        Assert.False(Readership.MayRead(swv, Of(NotificationTypes.SupportCaseEscalated, new(SchoolId: SchoolA, RecipientSubject: "someone-else")), None, None));
    }

    [Fact]
    public void The_count_a_subscription_may_ask_for_is_the_number_of_known_types_and_the_pattern_knows_each()
    {
        Assert.Equal(NotificationTypes.Count, NotificationTypes.ReadersByType.Count);
        Assert.All(NotificationTypes.ReadersByType.Keys, type => Assert.Matches(NotificationTypes.Pattern, type));
    }

    private static HashSet<Guid> Set(Guid id) => [id];

    private static Notification Of(string type, NotificationScope scope) =>
        Notification.Of(Guid.NewGuid(), type, "subject", Now, "/api/v1/x", "{}", scope);
}
