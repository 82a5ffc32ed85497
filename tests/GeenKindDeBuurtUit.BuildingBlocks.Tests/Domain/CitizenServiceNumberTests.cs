using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Domain;

public sealed class CitizenServiceNumberTests
{
    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    [InlineData("12345678", false)]
    public void The_eleven_check(string digits, bool passes) => Assert.Equal(passes, CitizenServiceNumber.PassesElevenCheck(digits));

    [Theory]
    [InlineData("pupil-123456782", true)]
    [InlineData("123456782.x", true)]
    [InlineData("1234567820", false)] // ten digits are not a BSN
    [InlineData("123456789", false)]
    public void A_bsn_is_found_as_a_run_of_nine_digits(string text, bool found) => Assert.Equal(found, CitizenServiceNumber.ContainsBsn(text));

    [Theory]
    [InlineData("De leerling met BSN 1234.56.782 zit thuis.", true)]
    [InlineData("bsn 123 456 782", true)]
    [InlineData("nummer 123-456-782", true)]
    [InlineData("nummer 123456782", true)]
    [InlineData("nummer 12-34-56-782", true)]
    [InlineData("bsn:1234 56 782.", true)]
    [InlineData("123.456.782 euro", true)] // an amount with thousands separators that passes the 11-check is refused too
    [InlineData("groep 7 en 8, 12-11-2025 om 10.30", false)]
    [InlineData("1234.56.789 faalt de elfproef", false)]
    [InlineData("Op 01-09-2025 3 kinderen in de startklas", false)]
    [InlineData("bel 020-1234567 of 06 1234 5678", false)]
    [InlineData("12 345 678 2 is no grouping a BSN is written in", false)]
    [InlineData("1234.56.7820 has a digit too many", false)]
    [InlineData("leerlingnummer LL-2025-12344", false)] // 202512344 passes the 11-check, but a year and a five-digit number is not how a BSN is written
    public void A_bsn_in_prose_is_found_in_the_groupings_people_write_it_in(string text, bool found) =>
        Assert.Equal(found, CitizenServiceNumber.ContainsBsnInProse(text));
}
