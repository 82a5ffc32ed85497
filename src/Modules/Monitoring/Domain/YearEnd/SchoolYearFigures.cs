using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

/// <summary>
/// One school year's monitoring figures as the SWV publishes them: open while the year's records
/// may still change, closed once the SWV declares them final. A closed year refuses changes that
/// would alter its figures until it is reopened, with a reason. Every closing and reopening is a
/// step of its history; <see cref="Revision"/> counts them, so whoever hears of them keeps the latest.
/// </summary>
internal sealed class SchoolYearFigures : AggregateRoot
{
    private readonly List<FiguresStep> _history = [];

    private SchoolYearFigures()
    {
    }

    public int SchoolYearStart { get; private set; }

    public SchoolYear SchoolYear => SchoolYear.Starting(SchoolYearStart);

    public DateTime? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public int Revision { get; private set; }

    public IReadOnlyList<FiguresStep> History => _history;

    public bool IsClosed => ClosedAt is not null;

    public FiguresStatus Status => IsClosed ? FiguresStatus.Closed : FiguresStatus.Open;

    /// <summary>Unstored: a year nobody closed reads as open, at revision 0.</summary>
    public static SchoolYearFigures Open(SchoolYear year) => new() { SchoolYearStart = year.StartYear };

    /// <param name="today">The day in Amsterdam: a year is closed only after its last day.</param>
    public FiguresStep Close(DateOnly today, DateTime at, string by, string? note)
    {
        CheckRule(new SchoolYearNotEndedRule(SchoolYear, today));
        CheckRule(new SchoolYearFiguresClosedRule(SchoolYear, IsClosed));
        (ClosedAt, ClosedBy) = (at, by);
        return Append(FiguresAction.Closed, at, by, note);
    }

    public FiguresStep Reopen(DateTime at, string by, string reason)
    {
        CheckRule(new SchoolYearFiguresNotClosedRule(SchoolYear, IsClosed));
        (ClosedAt, ClosedBy) = (null, null);
        return Append(FiguresAction.Reopened, at, by, reason);
    }

    /// <summary>Refuses a change to the year's figures (a target, say) while they are closed.</summary>
    public void EnsureOpenForChanges() => CheckRule(new SchoolYearFiguresClosedRule(SchoolYear, IsClosed));

    private FiguresStep Append(FiguresAction action, DateTime at, string by, string? text)
    {
        Revision++;
        var step = new FiguresStep(Revision, action, at, by, text);
        _history.Add(step);
        return step;
    }
}
