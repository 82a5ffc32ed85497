namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;

/// <summary>
/// Whether a school year's monitoring figures are closed, as the Monitoring module's events last
/// said: the state of the highest revision seen, so a reopening that arrives before its closure
/// is not undone by it.
/// </summary>
internal sealed class FiguresClosure
{
    private FiguresClosure()
    {
    }

    public int SchoolYearStart { get; private set; }

    public int Revision { get; private set; }

    public bool Closed { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public static FiguresClosure Of(int schoolYearStart, int revision, bool closed, DateTime changedAt) =>
        new() { SchoolYearStart = schoolYearStart, Revision = revision, Closed = closed, ChangedAt = changedAt };

    public void Apply(int revision, bool closed, DateTime changedAt)
    {
        if (revision <= Revision)
        {
            return;
        }

        (Revision, Closed, ChangedAt) = (revision, closed, changedAt);
    }
}
