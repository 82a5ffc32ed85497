using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.History;

/// <summary>The thuiszitters of a school year before the platform, per area, as the SWV imported them.</summary>
public sealed class ThuiszitterHistory : ImportedHistory<ThuiszitterHistoryRow>
{
    private readonly List<ThuiszitterHistoryRow> _rows = [];

    private ThuiszitterHistory()
    {
    }

    private ThuiszitterHistory(SchoolYear year)
        : base(year)
    {
    }

    public override IReadOnlyList<ThuiszitterHistoryRow> Rows => _rows;

    protected override List<ThuiszitterHistoryRow> RowList => _rows;

    public static ThuiszitterHistory Of(SchoolYear year) => new(year);

    public HistoryReplacement Import(string source, IReadOnlyList<ThuiszitterHistoryRow> rows, DateOnly today, DateTime now, Func<Guid, ClosedSchoolYears> closedFor) =>
        Replace(source, rows, today, now, closedFor);
}

/// <summary>One area's thuiszitters of the year.</summary>
public sealed class ThuiszitterHistoryRow : IHistoryRow<ThuiszitterHistoryRow>
{
    private ThuiszitterHistoryRow()
    {
    }

    public ThuiszitterHistoryRow(Guid areaId, int count)
    {
        ReferralHistoryRow.CheckCount(count);
        (AreaId, Count) = (areaId, count);
    }

    public Guid AreaId { get; private set; }

    public int Count { get; private set; }

    public Guid Key => AreaId;

    public void TakeCountsOf(ThuiszitterHistoryRow other) => Count = other.Count;
}
