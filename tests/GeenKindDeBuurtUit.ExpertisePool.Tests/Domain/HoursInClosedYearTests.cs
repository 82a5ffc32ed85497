using GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Domain;

/// <summary>Hours are charged to their school year's budget; once the area has closed that year, they are refused here.</summary>
public sealed class HoursInClosedYearTests
{
    private readonly PoolBuilder _pool = new();

    [Fact]
    public void Hours_dated_in_a_closed_school_year_break_school_year_closed_and_log_nothing()
    {
        var anna = PoolBuilder.Professional();
        var request = _pool.Assigned(anna, hours: 4);

        RuleAssert.Broken<HoursInClosedYearRule>("school-year-closed",
            () => request.LogHours(Guid.NewGuid(), anna, _pool.Today, 1, 0, _pool.Today, _pool.Clock.GetUtcNow(), yearClosed: true));

        Assert.Equal(0, request.HoursLogged);
        request.LogHours(Guid.NewGuid(), anna, _pool.Today, 1, 0, _pool.Today, _pool.Clock.GetUtcNow(), yearClosed: false);
        Assert.Equal(1, request.HoursLogged);
    }
}
