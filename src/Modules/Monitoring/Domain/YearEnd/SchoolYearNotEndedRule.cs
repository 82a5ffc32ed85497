using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

/// <summary>Figures are final only when nothing can happen in the year any more: after its last day (31 July).</summary>
internal sealed class SchoolYearNotEndedRule(SchoolYear schoolYear, DateOnly today) : IBusinessRule
{
    public string Code => "school-year-not-ended";

    public string Message => $"School year {schoolYear} ends on {schoolYear.LastDay:yyyy-MM-dd}; its figures can be closed from the day after.";

    public bool IsBroken() => today <= schoolYear.LastDay;
}
