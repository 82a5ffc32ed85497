using GeenKindDeBuurtUit.Monitoring.Domain.Referrals;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>
/// A referral of one case, keyed by the case and the day the OT decided it (a case may be
/// referred again after a withdrawal). Whichever of "referred" and "withdrawn" happened last
/// (<see cref="AsOf"/>, the event's time) stands, so a withdrawal that arrives before its
/// referral still leaves the child not counted; on a tie the withdrawal wins.
/// </summary>
internal sealed class ReferralFact
{
    private ReferralFact()
    {
        Type = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public Guid SchoolId { get; private set; }

    /// <summary>"sbo" or "so", as the contract writes it.</summary>
    public string Type { get; private set; }

    /// <summary>Null for SBO; "low", "medium" or "high" for SO.</summary>
    public string? Category { get; private set; }

    public int SchoolYearStart { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public DateTime AsOf { get; private set; }

    public bool Counts => WithdrawnOn is null;

    /// <summary>What this referral adds to its school's summary row.</summary>
    public ReferralTally Tally() => ReferralTally.Of(Counts, Type, Category);

    public static ReferralFact Create(Guid caseId, DateOnly decidedOn, Guid schoolId, string type, string? category, int schoolYearStart) =>
        new() { CaseId = caseId, DecidedOn = decidedOn, SchoolId = schoolId, Type = type, Category = category, SchoolYearStart = schoolYearStart, AsOf = DateTime.MinValue };

    public void Referred(DateTime asOf)
    {
        if (asOf > AsOf)
        {
            (WithdrawnOn, AsOf) = (null, asOf);
        }
    }

    public void Withdrawn(DateOnly on, DateTime asOf)
    {
        if (asOf >= AsOf)
        {
            (WithdrawnOn, AsOf) = (on, asOf);
        }
    }
}
