using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>
/// An imported year is a closed year's own count, or the baseline of the next: while either is
/// closed (budget or monitoring figures) its history is not imported, replaced or cleared.
/// Same code as for referrals, as a client handles both alike.
/// </summary>
public sealed class ClosedHistoryYearRule(SchoolYear year, ClosedSchoolYears closed) : IBusinessRule
{
    public string Code => "school-year-closed";

    public string Message => closed.ChangedBy(year) is { } changed && changed != year
        ? $"School year {year} is the baseline of {changed}, {closed.WhyClosed(changed)}; its history stays as it was closed."
        : $"School year {year} is closed, {closed.WhyClosed(year)}; its history stays as it was closed.";

    public bool IsBroken() => closed.ChangedBy(year) is not null;
}
