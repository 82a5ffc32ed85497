using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Expertise;

/// <summary>Hours logged in the Expertise Pool, as this module received them, and whether they are charged yet.</summary>
internal sealed class ExpertiseHoursRecord
{
    private ExpertiseHoursRecord()
    {
    }

    public Guid EntryId { get; private set; }

    public int SchoolYearStart { get; private set; }

    public Guid AreaId { get; private set; }

    public TargetLevel Level { get; private set; }

    public Guid TargetId { get; private set; }

    public DateOnly On { get; private set; }

    public decimal Hours { get; private set; }

    public bool Charged { get; private set; }

    public static ExpertiseHoursRecord Logged(Guid entryId, int schoolYearStart, Guid areaId, TargetLevel level, Guid targetId, DateOnly on, decimal hours) =>
        new() { EntryId = entryId, SchoolYearStart = schoolYearStart, AreaId = areaId, Level = level, TargetId = targetId, On = on, Hours = hours };

    public void MarkCharged() => Charged = true;
}
