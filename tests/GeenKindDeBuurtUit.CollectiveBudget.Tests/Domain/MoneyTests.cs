using GeenKindDeBuurtUit.CollectiveBudget.Domain;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Domain;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.344", "2.34")]
    [InlineData("0.125", "0.13")]
    [InlineData("-0.005", "-0.01")]
    public void Rounds_to_the_cent_half_away_from_zero(string amount, string expected) =>
        Assert.Equal(Parse(expected), Money.Round(Parse(amount)));

    [Theory]
    [InlineData("10", true)]
    [InlineData("10.5", true)]
    [InlineData("10.05", true)]
    [InlineData("10.050", true)]
    [InlineData("10.005", false)]
    public void Knows_an_amount_in_euros_and_cents(string amount, bool inCents) =>
        Assert.Equal(inCents, Money.IsInCents(Parse(amount)));

    [Fact]
    public void Writes_always_two_decimals() =>
        Assert.Equal("100.00", Money.InCents(100m).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
