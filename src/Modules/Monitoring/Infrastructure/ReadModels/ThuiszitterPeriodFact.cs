namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>
/// A time one child was at home without education, keyed by case and start date. The end
/// carries the start, so an end that arrives first still makes a whole period; whichever of
/// start and end happened last (<see cref="AsOf"/>) stands.
/// </summary>
internal sealed class ThuiszitterPeriodFact
{
    private ThuiszitterPeriodFact()
    {
    }

    public Guid CaseId { get; private set; }

    public DateOnly Since { get; private set; }

    public Guid SchoolId { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public DateTime AsOf { get; private set; }

    public static ThuiszitterPeriodFact Create(Guid caseId, DateOnly since, Guid schoolId) =>
        new() { CaseId = caseId, Since = since, SchoolId = schoolId, AsOf = DateTime.MinValue };

    public void Started(DateTime asOf)
    {
        if (asOf > AsOf)
        {
            (EndedOn, AsOf) = (null, asOf);
        }
    }

    public void Ended(DateOnly on, DateTime asOf)
    {
        if (asOf >= AsOf)
        {
            (EndedOn, AsOf) = (on, asOf);
        }
    }
}
