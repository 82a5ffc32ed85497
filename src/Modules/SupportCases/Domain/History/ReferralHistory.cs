using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Rules;

namespace GeenKindDeBuurtUit.SupportCases.Domain.History;

/// <summary>The referrals of a school year before the platform, per school and kind, as the SWV imported them.</summary>
public sealed class ReferralHistory : ImportedHistory<ReferralHistoryRow>
{
    private readonly List<ReferralHistoryRow> _rows = [];

    private ReferralHistory()
    {
    }

    private ReferralHistory(SchoolYear year)
        : base(year)
    {
    }

    public override IReadOnlyList<ReferralHistoryRow> Rows => _rows;

    protected override List<ReferralHistoryRow> RowList => _rows;

    public static ReferralHistory Of(SchoolYear year) => new(year);

    /// <param name="schoolsWithReferrals">
    /// The schools of the import whose year holds referrals recorded through the platform that still count:
    /// any refuses the import, as their referrals would count twice.
    /// </param>
    public HistoryReplacement Import(
        string source, IReadOnlyList<ReferralHistoryRow> rows, DateOnly today, DateTime now, Func<Guid, ClosedSchoolYears> closedFor, IReadOnlyList<Guid> schoolsWithReferrals) =>
        Replace(source, rows, today, now, closedFor, new RecordedReferralsRule(SchoolYear, schoolsWithReferrals));
}

/// <summary>One school's referrals of the year, by kind (SBO, and SO by funding category).</summary>
public sealed class ReferralHistoryRow : IHistoryRow<ReferralHistoryRow>
{
    private ReferralHistoryRow()
    {
    }

    public ReferralHistoryRow(Guid schoolId, int sbo, int soLow, int soMedium, int soHigh)
    {
        CheckCount(sbo);
        CheckCount(soLow);
        CheckCount(soMedium);
        CheckCount(soHigh);
        (SchoolId, Sbo, SoLow, SoMedium, SoHigh) = (schoolId, sbo, soLow, soMedium, soHigh);
    }

    public Guid SchoolId { get; private set; }

    public int Sbo { get; private set; }

    public int SoLow { get; private set; }

    public int SoMedium { get; private set; }

    public int SoHigh { get; private set; }

    public Guid Key => SchoolId;

    public int Total => Sbo + SoLow + SoMedium + SoHigh;

    public void TakeCountsOf(ReferralHistoryRow other) => (Sbo, SoLow, SoMedium, SoHigh) = (other.Sbo, other.SoLow, other.SoMedium, other.SoHigh);

    // The request's validation tells which cell is wrong; this only keeps an impossible count out of the year.
    internal static void CheckCount(int count) =>
        ArgumentOutOfRangeException.ThrowIfNotEqual(HistoryCount.IsValid(count), true, nameof(count));
}
