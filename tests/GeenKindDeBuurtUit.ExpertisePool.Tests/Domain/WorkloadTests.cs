using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.ExpertisePool.Application.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Domain;

/// <summary>Load = hours logged this ISO week + hours still open on assignments (ADR 0011).</summary>
public sealed class WorkloadTests
{
    private readonly PoolBuilder _pool = new();

    [Fact]
    public void Open_assignments_count_with_the_hours_still_to_deliver_and_this_weeks_hours_with_what_was_logged()
    {
        var anna = PoolBuilder.Professional("Anna", hoursPerWeek: 40);
        var open = _pool.Assigned(anna, hours: 10, logged: 3);

        var load = Workload.Of(anna.Id, [open], _pool.Week);

        Assert.Equal(3, load.LoggedInWeek);
        Assert.Equal(7, load.OpenHours);
        Assert.Equal(10, load.Total);
    }

    [Fact]
    public void Hours_logged_in_an_earlier_week_no_longer_count()
    {
        var anna = PoolBuilder.Professional("Anna", hoursPerWeek: 40);
        var open = _pool.Assigned(anna, hours: 10, logged: 3);

        var nextWeek = IsoWeek.Containing(_pool.Today.AddDays(7));
        var load = Workload.Of(anna.Id, [open], nextWeek);

        Assert.Equal(0, load.LoggedInWeek);
        Assert.Equal(7, load.Total);
    }

    [Fact]
    public void A_completed_request_counts_only_with_the_hours_logged_this_week()
    {
        var anna = PoolBuilder.Professional("Anna", hoursPerWeek: 40);
        var done = _pool.Assigned(anna, hours: 10, logged: 6);
        done.Complete(_pool.Today);

        Assert.Equal(6, Workload.Of(anna.Id, [done], _pool.Week).Total);
    }

    [Fact]
    public void Someone_elses_requests_do_not_count()
    {
        var anna = PoolBuilder.Professional("Anna");
        var bram = PoolBuilder.Professional("Bram");

        Assert.Equal(0, Workload.Of(anna.Id, [_pool.Assigned(bram, hours: 5, logged: 2)], _pool.Week).Total);
    }

    [Fact]
    public void Load_fills_the_capacity_that_matching_sees()
    {
        var anna = PoolBuilder.Professional("Anna", hoursPerWeek: 12);
        var open = _pool.Assigned(anna, hours: 8, logged: 2);

        var candidate = new Candidate(anna, Workload.Of(anna.Id, [open], _pool.Week), HasServedCluster: false);

        Assert.Equal(4, candidate.CapacityLeft);
        Assert.True(ProfessionalMatching.Fits(candidate, _pool.Request(hours: 4)));
        Assert.False(ProfessionalMatching.Fits(candidate, _pool.Request(hours: 4.25m)));
    }

    [Fact]
    public void The_current_week_is_the_amsterdam_week_not_the_utc_week()
    {
        // Sunday 12 October 2025 23:30 UTC is Monday 13 October 01:30 in Amsterdam (CEST).
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 10, 12, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new IsoWeek(2025, 42), PoolCalendar.CurrentWeek(clock));
        Assert.Equal(new DateOnly(2025, 10, 13), SchoolCalendar.Today(clock));
    }

    [Theory]
    [InlineData("2025-12-29", 2026, 1)]
    [InlineData("2027-01-01", 2026, 53)]
    [InlineData("2025-10-08", 2025, 41)]
    public void Iso_weeks_run_monday_to_sunday_across_new_year(string day, int year, int week)
    {
        var isoWeek = IsoWeek.Containing(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new IsoWeek(year, week), isoWeek);
        Assert.Equal(DayOfWeek.Monday, isoWeek.Monday.DayOfWeek);
        Assert.True(isoWeek.Contains(isoWeek.Sunday));
        Assert.Equal($"{year:D4}-W{week:D2}", isoWeek.ToString());
    }
}
