using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>Events as Support Cases and Neighbourhoods publish them, stamped with the moment they happened.</summary>
internal static class Events
{
    public static readonly Guid Area = Guid.NewGuid();
    public static readonly Guid Cluster = Guid.NewGuid();
    public static readonly Guid School = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int minute) => Start.AddMinutes(minute);

    public static SchoolRegisteredIntegrationEvent Registered(int minute, string clusterName = "Cluster", Guid? cluster = null) =>
        new(School, "School", null, Guid.NewGuid(), cluster ?? Cluster, Area, clusterName, "Area") { OccurredAt = At(minute) };

    public static PupilReferredIntegrationEvent Referred(Guid caseId, DateOnly decidedOn, int minute) =>
        new(caseId, School, "sbo", null, "2025-2026", decidedOn) { OccurredAt = At(minute) };

    public static ReferralWithdrawnIntegrationEvent Withdrawn(Guid caseId, DateOnly decidedOn, int minute) =>
        new(caseId, School, "sbo", null, "2025-2026", decidedOn, decidedOn.AddDays(10)) { OccurredAt = At(minute) };

    public static SupportCaseOpenedIntegrationEvent Opened(Guid caseId, int level, DateOnly on) =>
        new(caseId, School, ["language"], level, on) { OccurredAt = At(0) };

    public static SupportLevelChangedIntegrationEvent LevelChanged(Guid caseId, int from, int to, DateOnly on, int minute, bool hasOpp = true) =>
        new(caseId, School, from, to, on, hasOpp) { OccurredAt = At(minute) };
}
