using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>
/// Hours are charged to the area's budget of their school year; once that year is closed its figures
/// are final, so hours dated in it are refused here rather than left uncharged there.
/// </summary>
public sealed class HoursInClosedYearRule(SchoolYear schoolYear, bool closed) : IBusinessRule
{
    public string Code => "school-year-closed";

    public string Message => $"School year {schoolYear} is closed for this area's budget; hours dated in it can no longer be logged.";

    public bool IsBroken() => closed;
}
