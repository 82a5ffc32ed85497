namespace GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

/// <summary>
/// The CloudEvents types a subscription may ask for, and which roles may read what each one is
/// about: a subscription receives only what its creator could read (the API contract's roles).
/// </summary>
public static class NotificationTypes
{
    public const string Prefix = "nl.geenkinddebuurtuit.";

    public const string SupportCaseOpened = Prefix + "support-case.opened";
    public const string SupportCaseLevelChanged = Prefix + "support-case.level-changed";
    public const string SupportCaseReferralDecided = Prefix + "support-case.referral-decided";
    public const string SupportCaseReferralWithdrawn = Prefix + "support-case.referral-withdrawn";
    public const string SupportCaseEscalated = Prefix + "support-case.escalated";
    public const string SupportCaseClosed = Prefix + "support-case.closed";
    public const string ExpertiseRequestAssigned = Prefix + "expertise-request.assigned";
    public const string ExpertiseRequestCompleted = Prefix + "expertise-request.completed";
    public const string ExpertiseRequestCancelled = Prefix + "expertise-request.cancelled";
    public const string BudgetPooledChanged = Prefix + "budget.pooled-changed";

    /// <summary>A facility's confirmation falls due: meant for its steward only (docs/adr/0062).</summary>
    public const string FacilityConfirmationDue = Prefix + "facility.confirmation-due";
    public const string Ping = Prefix + "ping";

    /// <summary>How many types there are: the most a subscription can ask for (each once).</summary>
    public const int Count = 12;

    /// <summary>The anchored pattern of every known type, as the OpenAPI document publishes it.</summary>
    public const string Pattern =
        @"^nl\.geenkinddebuurtuit\.(support-case\.(opened|level-changed|referral-decided|referral-withdrawn|escalated|closed)"
        + @"|expertise-request\.(assigned|completed|cancelled)|budget\.pooled-changed|facility\.confirmation-due|ping)$";

    private static readonly string[] SupportCaseReaders = [SubscriberRoles.School, SubscriberRoles.Swv, SubscriberRoles.Admin];
    private static readonly string[] PoolReaders = [SubscriberRoles.School, SubscriberRoles.Swv, SubscriberRoles.Coordinator, SubscriberRoles.Admin];
    private static readonly string[] BudgetReaders = [SubscriberRoles.Swv, SubscriberRoles.Treasurer, SubscriberRoles.Admin];
    private static readonly string[] StewardReaders = [SubscriberRoles.Partner];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadersByType { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [SupportCaseOpened] = SupportCaseReaders,
        [SupportCaseLevelChanged] = SupportCaseReaders,
        [SupportCaseReferralDecided] = SupportCaseReaders,
        [SupportCaseReferralWithdrawn] = SupportCaseReaders,
        [SupportCaseEscalated] = SupportCaseReaders,
        [SupportCaseClosed] = SupportCaseReaders,
        [ExpertiseRequestAssigned] = PoolReaders,
        [ExpertiseRequestCompleted] = PoolReaders,
        [ExpertiseRequestCancelled] = PoolReaders,
        [BudgetPooledChanged] = BudgetReaders,
        [FacilityConfirmationDue] = StewardReaders,
        [Ping] = SubscriberRoles.All,
    };

    public static bool IsKnown(string type) => ReadersByType.ContainsKey(type);

    public static bool IsReadableBy(string type, IEnumerable<string> roles) =>
        ReadersByType.TryGetValue(type, out var readers) && roles.Any(readers.Contains);
}
