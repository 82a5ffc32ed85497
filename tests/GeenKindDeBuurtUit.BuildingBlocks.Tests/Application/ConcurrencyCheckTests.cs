using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Application;

public sealed class ConcurrencyCheckTests
{
    private readonly Widget _widget = new(Guid.NewGuid(), "Alpha");

    [Fact]
    public void An_if_match_with_the_current_version_lets_the_change_through() =>
        ConcurrencyCheck.EnsureMatches(_widget, "0", "Widget");

    [Fact]
    public void No_if_match_lets_the_change_through() =>
        ConcurrencyCheck.EnsureMatches(_widget, null, "Widget");

    [Fact]
    public void An_if_match_with_an_older_version_fails_the_precondition()
    {
        _widget.IncrementVersion();

        var stale = Assert.Throws<PreconditionFailedException>(() => ConcurrencyCheck.EnsureMatches(_widget, "0", "Widget"));

        Assert.Contains("current version is 1", stale.Message, StringComparison.Ordinal);
        Assert.Equal("1", ConcurrencyCheck.VersionOf(_widget));
    }
}
