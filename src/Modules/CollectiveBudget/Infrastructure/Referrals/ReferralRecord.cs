using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

/// <summary>
/// What this module knows of one referral: keyed by case, decision date and type, it counts the
/// referral and withdrawal events received. Events are unique (inbox) but may come in any order, so
/// the referral counts as standing exactly when more referrals than withdrawals arrived: a
/// withdrawal that overtakes its referral ends, after both, as "not referred".
/// </summary>
internal sealed class ReferralRecord
{
    private ReferralRecord()
    {
    }

    public Guid CaseId { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public ReferralKind Kind { get; private set; }

    public Guid SchoolId { get; private set; }

    public int SchoolYearStart { get; private set; }

    public int Referrals { get; private set; }

    public int Withdrawals { get; private set; }

    public static ReferralRecord For(Guid caseId, DateOnly decidedOn, ReferralKind kind, Guid schoolId, int schoolYearStart) =>
        new() { CaseId = caseId, DecidedOn = decidedOn, Kind = kind, SchoolId = schoolId, SchoolYearStart = schoolYearStart };

    public void Referred() => Referrals++;

    public void Withdrawn() => Withdrawals++;
}
