using GeenKindDeBuurtUit.Notifications.Domain.Rules;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using static GeenKindDeBuurtUit.Notifications.Tests.Domain.SubscriptionBuilder;

namespace GeenKindDeBuurtUit.Notifications.Tests.Domain;

public sealed class SubscriptionTests
{
    [Fact]
    public void A_new_subscription_is_active_with_its_owners_scope_and_types_once_each_in_order()
    {
        var subscription = Create(types: [NotificationTypes.SupportCaseReferralDecided, NotificationTypes.Ping, NotificationTypes.Ping]);

        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal([NotificationTypes.Ping, NotificationTypes.SupportCaseReferralDecided], subscription.Types);
        Assert.Equal([SchoolA], subscription.OwnerSchoolIds);
        Assert.Equal([SubscriberRoles.School], subscription.OwnerRoles);
        Assert.True(subscription.Wants(NotificationTypes.Ping));
        Assert.False(subscription.Wants(NotificationTypes.SupportCaseClosed));
    }

    [Fact]
    public void A_caller_holds_at_most_twenty_subscriptions()
    {
        Assert.NotNull(Create(existing: Subscription.MaxPerOwner - 1));

        RuleAssert.Broken<SubscriptionsPerCallerRule>("subscription-limit", () => Create(existing: Subscription.MaxPerOwner));
    }

    [Fact]
    public void Only_known_types_and_at_least_one()
    {
        RuleAssert.Broken<KnownTypesRule>("unknown-type", () => Create(types: ["nl.geenkinddebuurtuit.support-case.pupil-named"]));
        RuleAssert.Broken<KnownTypesRule>("unknown-type", () => Create(types: []));
    }

    [Fact]
    public void A_caller_subscribes_only_to_what_its_roles_may_read()
    {
        RuleAssert.Broken<TypesReadableByOwnerRule>("type-not-readable", () => Create(School(SchoolA), [NotificationTypes.BudgetPooledChanged]));
        RuleAssert.Broken<TypesReadableByOwnerRule>("type-not-readable", () => Create(Treasurer(SchoolA), [NotificationTypes.SupportCaseOpened]));
        RuleAssert.Broken<TypesReadableByOwnerRule>(
            "type-not-readable", () => Create(new SubscriptionOwner("pool", [SubscriberRoles.Coordinator], [], []), [NotificationTypes.SupportCaseEscalated]));
        RuleAssert.Broken<TypesReadableByOwnerRule>(
            "type-not-readable", () => Create(new SubscriptionOwner("figures", ["analyst"], [], []), [NotificationTypes.Ping]));

        Assert.NotNull(Create(Treasurer(SchoolA), [NotificationTypes.BudgetPooledChanged, NotificationTypes.Ping]));
        Assert.NotNull(Create(new SubscriptionOwner("pool", [SubscriberRoles.Coordinator], [], []), [NotificationTypes.ExpertiseRequestAssigned]));
    }

    [Fact]
    public void After_a_rotation_both_secrets_sign_for_a_day_then_only_the_new_one()
    {
        var subscription = Create();
        Assert.Equal(["v1.sealed-secret"], subscription.SigningSecretsAt(Now));

        subscription.RotateSecret("v1.new-secret", Now.AddHours(1));

        Assert.Equal(["v1.new-secret", "v1.sealed-secret"], subscription.SigningSecretsAt(Now.AddHours(24)));
        Assert.Equal(["v1.new-secret"], subscription.SigningSecretsAt(Now.AddHours(25)));
        Assert.Equal(Now.AddHours(25), subscription.PreviousSecretExpiresAt);
    }
}
