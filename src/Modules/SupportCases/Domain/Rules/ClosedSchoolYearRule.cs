using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>
/// A closed school year's figures stay what they were closed at: no referral is made or withdrawn
/// that would count in it, as its own referrals or as the next year's baseline. Either closure
/// holds it: the budget of the school's area, or the monitoring figures.
/// </summary>
public sealed class ClosedSchoolYearRule(SchoolYear decided, ClosedSchoolYears closed) : IBusinessRule
{
    public string Code => "school-year-closed";

    public string Message => closed.ChangedBy(decided) is { } year && year != decided
        ? $"This referral counts in school year {decided}, the baseline of {year}, {closed.WhyClosed(year)}; its figures stay as they were closed."
        : $"This referral counts in school year {decided}, {closed.WhyClosed(decided)}; its figures stay as they were closed.";

    public bool IsBroken() => closed.ChangedBy(decided) is not null;
}
