using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Rules;

/// <summary>A closed school year is final for the treasurers: nothing is booked in it any more; corrections go into the next year.</summary>
public sealed class SchoolYearClosedRule(SchoolYear schoolYear, DateTime? closedAt) : IBusinessRule
{
    public string Code => "school-year-closed";

    public string Message => $"School year {schoolYear} is closed for this area; book corrections in {schoolYear.Next}.";

    public bool IsBroken() => closedAt is not null;
}
