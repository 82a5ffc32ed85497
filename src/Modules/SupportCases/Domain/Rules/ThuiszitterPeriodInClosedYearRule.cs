using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>
/// The guardrail counts a thuiszitter period in the school years it starts and ends in: a start or end
/// dated in a year whose monitoring figures the SWV closed would change those published figures. The
/// budget's closure does not count thuiszitters, so it does not hold them.
/// </summary>
public sealed class ThuiszitterPeriodInClosedYearRule(DateOnly date, ClosedSchoolYears closed) : IBusinessRule
{
    private readonly SchoolYear _year = SchoolYear.Of(date);

    public string Code => "school-year-closed";

    public string Message =>
        $"A thuiszitter period dated {date:yyyy-MM-dd} counts in school year {_year}, {closed.WhyClosed(_year)}; its figures stay as they were closed.";

    public bool IsBroken() => closed.ClosureOf(_year) == SchoolYearClosureKind.Figures;
}
