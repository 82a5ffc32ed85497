using GeenKindDeBuurtUit.Host.Localization;

namespace GeenKindDeBuurtUit.Host.Tests.Localization;

public sealed class ProblemLanguageTests
{
    [Theory]
    [InlineData("nl", true)]
    [InlineData("NL", true)]
    [InlineData("nl-NL", true)]
    [InlineData("nl-BE", true)]
    [InlineData("nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", true)]
    [InlineData("en;q=0.8, nl;q=0.9", true)]
    [InlineData("de, nl;q=0.5", true)]
    [InlineData("fr-BE, nl-BE;q=0.8, en;q=0.2", true)]
    [InlineData("en;q=0.9, nl;q=0.8", false)]
    [InlineData("en, nl", false)]
    [InlineData("nl;q=0.5, en;q=0.5", true)]
    [InlineData("en;q=0.5, nl;q=0.5", false)]
    [InlineData("*", false)]
    [InlineData("*, nl;q=0.5", false)]
    [InlineData("nl;q=0", false)]
    [InlineData("nl;q=0, en", false)]
    [InlineData("nld", false)]
    [InlineData("nlx-NL", false)]
    [InlineData("de, fr", false)]
    [InlineData("", false)]
    [InlineData(";;;", false)]
    [InlineData("nl;q=abc", false)]
    [InlineData("nl;q=2", false)]
    public void The_first_of_Dutch_or_English_by_quality_and_order_decides(string header, bool dutch) =>
        Assert.Equal(dutch, ProblemLanguage.PrefersDutch(header));

    [Fact]
    public void Without_the_header_it_is_English() =>
        Assert.False(ProblemLanguage.PrefersDutch(Microsoft.Extensions.Primitives.StringValues.Empty));
}
