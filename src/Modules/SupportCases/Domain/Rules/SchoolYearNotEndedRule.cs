using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>History is a year the SWV has all figures of: one still running is recorded through the platform.</summary>
public sealed class SchoolYearNotEndedRule(SchoolYear year, DateOnly today) : IBusinessRule
{
    public string Code => "school-year-not-ended";

    public string Message => $"School year {year} ends on {year.LastDay:yyyy-MM-dd}; only a year that has ended is imported as history.";

    public bool IsBroken() => year.LastDay >= today;
}
