using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Domain;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData("2025-07-31", 2024)]
    [InlineData("2025-08-01", 2025)]
    [InlineData("2026-01-15", 2025)]
    [InlineData("2026-07-31", 2025)]
    public void A_school_year_runs_from_1_August_to_31_July(string date, int startYear)
    {
        var year = SchoolYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(startYear, year.StartYear);
        Assert.Equal(new DateOnly(startYear, 8, 1), year.FirstDay);
        Assert.Equal(new DateOnly(startYear + 1, 7, 31), year.LastDay);
    }

    [Fact]
    public void A_school_year_is_written_with_both_calendar_years()
    {
        Assert.Equal("2025-2026", SchoolYear.Starting(2025).ToString());
        Assert.Equal(SchoolYear.Starting(2025), SchoolYear.Parse("2025-2026"));
        Assert.Equal("2024-2025", SchoolYear.Starting(2025).Previous.ToString());
    }

    [Theory]
    [InlineData("2025-2027")]
    [InlineData("2025/2026")]
    [InlineData("abcd-efgh")]
    [InlineData("2025-2024")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_is_not_two_consecutive_years_is_not_a_school_year(string? text)
    {
        Assert.False(SchoolYear.TryParse(text, out _));
        Assert.Throws<FormatException>(() => SchoolYear.Parse(text!));
    }
}
