using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

/// <summary>Only a closed year can be reopened: a reopening of an open year would be a reason without an act.</summary>
internal sealed class SchoolYearFiguresNotClosedRule(SchoolYear schoolYear, bool closed) : IBusinessRule
{
    public string Code => "school-year-not-closed";

    public string Message => $"The figures of school year {schoolYear} are open; there is nothing to reopen.";

    public bool IsBroken() => !closed;
}
