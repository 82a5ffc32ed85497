using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Domain;

public sealed class ReferralTargetTests
{
    [Theory]
    [InlineData(2024, 10)]
    [InlineData(2025, 30)]
    [InlineData(2026, 60)]
    public void The_programme_targets_10_30_and_60_percent(int startYear, int pct) =>
        Assert.Equal(pct, ReferralTarget.DefaultFor(SchoolYear.Starting(startYear)));

    [Theory]
    [InlineData(2023)]
    [InlineData(2027)]
    public void Other_years_have_no_target_until_an_admin_sets_one(int startYear) =>
        Assert.Null(ReferralTarget.DefaultFor(SchoolYear.Starting(startYear)));

    [Theory]
    [InlineData(10, "10", 9)]
    [InlineData(15, "10", 13)] // 13.5: a whole child more would miss the target
    [InlineData(7, "30", 4)] // 4.9
    [InlineData(10, "30", 7)]
    [InlineData(1, "10", 0)]
    [InlineData(5, "60", 2)]
    [InlineData(8, "12.5", 7)]
    public void The_target_is_the_previous_year_less_the_reduction_rounded_down(long previous, string pct, long target) =>
        Assert.Equal(target, ReferralTarget.MaximumReferrals(previous, decimal.Parse(pct, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Without_a_baseline_or_a_target_there_is_no_target_and_no_verdict()
    {
        Assert.Null(ReferralTarget.MaximumReferrals(0, 10m));
        Assert.Null(ReferralTarget.MaximumReferrals(10, null));
        Assert.Null(ReferralTarget.IsMet(3, null));
        Assert.True(ReferralTarget.IsMet(9, 9));
        Assert.False(ReferralTarget.IsMet(10, 9));
    }

    [Theory]
    [InlineData(5, 7, "-28.6")]
    [InlineData(3, 5, "-40")]
    [InlineData(2, 2, "0")]
    [InlineData(7, 3, "133.3")]
    [InlineData(1, 8, "-87.5")]
    [InlineData(17, 16, "6.3")] // 6.25 rounds half away from zero
    public void The_change_is_rounded_to_one_decimal(long referrals, long previous, string change) =>
        Assert.Equal(change, ReferralTarget.ChangePct(referrals, previous)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void There_is_no_change_against_a_year_without_referrals() => Assert.Null(ReferralTarget.ChangePct(4, 0));
}
