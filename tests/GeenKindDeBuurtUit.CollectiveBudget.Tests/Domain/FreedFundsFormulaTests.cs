using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Domain;

public sealed class FreedFundsFormulaTests
{
    private static readonly PlacementRates Rates = new(Sbo: 10_000m, SoLow: 20_000m, SoMedium: 30_000m, SoHigh: 40_000m);

    [Fact]
    public void Each_referral_fewer_than_the_baseline_frees_its_rate_times_the_pool_share()
    {
        var freed = FreedFundsFormula.Calculate(new ReferralCounts(3, 2, 0, 0), new ReferralCounts(2, 1, 0, 0), Rates, poolShare: 0.5m);

        Assert.Equal((10_000m + 20_000m) * 0.5m, freed);
    }

    [Fact]
    public void Types_offset_each_other_before_the_floor_at_zero()
    {
        // Two SBO placements fewer (+20 000) and one SO-high placement more (-40 000): nothing is freed.
        var netMore = FreedFundsFormula.Calculate(new ReferralCounts(5, 0, 0, 0), new ReferralCounts(3, 0, 0, 1), Rates, 0.5m);

        // Three SBO placements fewer (+30 000) and one SO-low placement more (-20 000): 10 000 saved, half of it pooled.
        var netFewer = FreedFundsFormula.Calculate(new ReferralCounts(5, 0, 0, 0), new ReferralCounts(2, 1, 0, 0), Rates, 0.5m);

        Assert.Equal(0m, netMore);
        Assert.Equal(5_000m, netFewer);
    }

    [Fact]
    public void More_referrals_than_the_baseline_never_give_negative_freed_funds()
    {
        var freed = FreedFundsFormula.Calculate(ReferralCounts.None, new ReferralCounts(4, 3, 2, 1), Rates, 1m);

        Assert.Equal(0m, freed);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 10_000)]
    public void The_pool_share_takes_its_part_of_the_money_the_swv_no_longer_spends(decimal poolShare, decimal expected)
    {
        var freed = FreedFundsFormula.Calculate(new ReferralCounts(1, 0, 0, 0), ReferralCounts.None, Rates, poolShare);

        Assert.Equal(expected, freed);
    }

    [Theory]
    [InlineData("1.01", "0.5", "0.51")]    // 0.505: half away from zero, not to even (0.50)
    [InlineData("2.25", "0.5", "1.13")]    // 1.125: not 1.12
    [InlineData("2.35", "0.5", "1.18")]    // 1.175
    [InlineData("0.01", "0.5", "0.01")]    // 0.005: not 0.00
    [InlineData("12345.67", "0.35", "4320.98")] // 4320.9845: an ordinary case rounds down
    public void Euros_are_rounded_to_the_cent_half_away_from_zero(string rate, string poolShare, string expected)
    {
        var rates = new PlacementRates(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), 0m, 0m, 0m);

        var freed = FreedFundsFormula.Calculate(new ReferralCounts(1, 0, 0, 0), ReferralCounts.None, rates, decimal.Parse(poolShare, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), freed);
    }
}
