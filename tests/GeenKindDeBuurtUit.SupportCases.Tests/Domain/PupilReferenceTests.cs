using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Domain;

public sealed class PupilReferenceTests
{
    [Theory]
    [InlineData("LAS-0001")]
    [InlineData("osdorp:globe:2025.17")]
    [InlineData("a_b")]
    [InlineData("123456789")] // nine digits that fail the 11-check are a pseudonym, not a BSN
    [InlineData("1234567890")]
    [InlineData("LAS-2026-0042")]
    [InlineData("1234.56.789")] // grouped, but failing the 11-check
    public void A_pseudonym_is_accepted(string reference) => Assert.Null(PupilReference.Problem(reference));

    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("pupil-123456782")]
    [InlineData("123456782.x")]
    [InlineData("1234.56.782")]
    [InlineData("123-456-782")]
    [InlineData("bsn:123456782")]
    [InlineData("bsn:1234.56.782")]
    [InlineData("BSN 123 456 782")]
    [InlineData("12-34-56-782")]
    public void A_bsn_is_refused_even_inside_a_pseudonym(string reference)
    {
        var problem = PupilReference.Problem(reference);

        Assert.Contains("BSN", problem);
        Assert.DoesNotContain(reference, problem);
    }

    [Theory]
    [InlineData("https://ketenid.nl/201703/8dfac1c6f4b1d2a8b5c2c0a7a0a3a2b1")]
    [InlineData("KETENID.NL:abc")]
    public void An_eck_id_is_refused(string reference) => Assert.Contains("ECK iD", PupilReference.Problem(reference));

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/")]
    [InlineData("ä")]
    public void Other_characters_are_refused(string reference) => Assert.NotNull(PupilReference.Problem(reference));

    [Fact]
    public void Sixty_four_characters_is_the_limit()
    {
        Assert.Null(PupilReference.Problem(new string('a', 64)));
        Assert.NotNull(PupilReference.Problem(new string('a', 65)));
    }
}
