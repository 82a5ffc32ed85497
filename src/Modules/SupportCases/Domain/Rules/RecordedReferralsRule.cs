using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>
/// A school whose year already holds referrals recorded through the platform (not withdrawn) is
/// counted from them: imported counts beside them would count its referrals twice.
/// </summary>
public sealed class RecordedReferralsRule(SchoolYear year, IReadOnlyList<Guid> schoolsWithReferrals) : IBusinessRule
{
    public string Code => "year-has-recorded-referrals";

    public IReadOnlyList<Guid> SchoolIds => schoolsWithReferrals;

    public string Message =>
        $"School year {year} already holds referrals recorded through the platform for {schoolsWithReferrals.Count} school(s) of the import ({string.Join(", ", schoolsWithReferrals)}); "
        + "they are counted from those. Leave these schools out, or withdraw the referrals first.";

    public bool IsBroken() => schoolsWithReferrals.Count > 0;
}
