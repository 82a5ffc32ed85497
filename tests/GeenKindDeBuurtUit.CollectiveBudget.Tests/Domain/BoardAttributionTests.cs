using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Domain;

public sealed class BoardAttributionTests
{
    private static readonly Guid BoardA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid BoardB = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid BoardC = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    [Theory]
    [InlineData("100.00")]
    [InlineData("100.01")]
    [InlineData("0.01")]
    [InlineData("0.02")]
    [InlineData("12345.67")]
    [InlineData("-100.01")]
    public void The_parts_add_up_to_the_amount_to_the_cent(string amount)
    {
        var total = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var parts = BoardAttribution.Split(total, new Dictionary<Guid, int> { [BoardA] = 3, [BoardB] = 3, [BoardC] = 2 });

        Assert.Equal(total, parts.Values.Sum());
        Assert.All(parts.Values, part => Assert.Equal(part, decimal.Round(part, 2)));
    }

    [Fact]
    public void Shares_follow_the_number_of_schools_and_a_left_over_cent_goes_to_the_largest_remainder_then_the_lowest_board_id()
    {
        // 100.01 over 3 + 3 + 2 schools: 37.50375, 37.50375, 25.0025; one cent is left, A and B tie, A has the lower id.
        var parts = BoardAttribution.Split(100.01m, new Dictionary<Guid, int> { [BoardC] = 2, [BoardB] = 3, [BoardA] = 3 });

        Assert.Equal(37.51m, parts[BoardA]);
        Assert.Equal(37.50m, parts[BoardB]);
        Assert.Equal(25.00m, parts[BoardC]);
    }

    [Fact]
    public void A_correction_splits_as_the_exact_mirror_of_the_original()
    {
        var schools = new Dictionary<Guid, int> { [BoardA] = 1, [BoardB] = 1, [BoardC] = 1 };

        var original = BoardAttribution.Split(100m, schools);
        var correction = BoardAttribution.Split(-100m, schools);

        Assert.All(schools.Keys, board => Assert.Equal(0m, original[board] + correction[board]));
    }
}
