using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>
/// A school's referrals of a year imported as history are the imported counts: a referral recorded
/// through the platform in that year would be counted beside them, twice (docs/adr/0049).
/// </summary>
public sealed class ImportedHistoryRule(SchoolYear decided, ClosedSchoolYears years) : IBusinessRule
{
    public string Code => "year-has-imported-history";

    public string Message =>
        $"This referral counts in school year {decided}, whose referrals of this school were imported as history; "
        + "to record it here, import the year again without this school first.";

    public bool IsBroken() => years.HasImportedHistory(decided);
}
