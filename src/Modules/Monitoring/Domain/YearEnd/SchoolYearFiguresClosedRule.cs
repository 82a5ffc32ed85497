using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

/// <summary>
/// A year whose figures the SWV closed stays as published: nothing that would alter them is
/// accepted, and closing it again is refused too, until it is reopened with a reason.
/// </summary>
internal sealed class SchoolYearFiguresClosedRule(SchoolYear schoolYear, bool closed) : IBusinessRule
{
    public string Code => "school-year-closed";

    public string Message => $"The figures of school year {schoolYear} are closed; reopen the year, with a reason, to change them.";

    public bool IsBroken() => closed;
}
