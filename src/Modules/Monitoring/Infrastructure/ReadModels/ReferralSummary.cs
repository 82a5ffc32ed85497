using GeenKindDeBuurtUit.Monitoring.Domain.Referrals;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>
/// The referrals of one school in one school year, added up from its <see cref="ReferralFact"/>s
/// as they change (docs/adr/0022): the figures read these rows, never the facts one by one. Each
/// fact adds its <see cref="ReferralTally"/> to the row of its school and year, so the row is
/// always the sum of its facts, whatever order or number of times the events arrive in.
/// </summary>
internal sealed class ReferralSummary
{
    private ReferralSummary()
    {
    }

    public int SchoolYearStart { get; private set; }

    public Guid SchoolId { get; private set; }

    /// <summary>Decided in the school year and not withdrawn: the contract's <c>referrals</c>.</summary>
    public int Referrals { get; private set; }

    public int Sbo { get; private set; }

    public int SoLow { get; private set; }

    public int SoMedium { get; private set; }

    public int SoHigh { get; private set; }

    /// <summary>Decided in the school year and withdrawn since.</summary>
    public int Withdrawn { get; private set; }

    public ReferralTally Tally => new(Referrals, Sbo, SoLow, SoMedium, SoHigh, Withdrawn);

    public static ReferralSummary Start(int schoolYearStart, Guid schoolId, ReferralTally tally) => new()
    {
        SchoolYearStart = schoolYearStart,
        SchoolId = schoolId,
        Referrals = tally.Referrals,
        Sbo = tally.Sbo,
        SoLow = tally.SoLow,
        SoMedium = tally.SoMedium,
        SoHigh = tally.SoHigh,
        Withdrawn = tally.Withdrawn,
    };
}
