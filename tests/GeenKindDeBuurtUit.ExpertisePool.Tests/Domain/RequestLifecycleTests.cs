using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Domain;

/// <summary>requested → assigned → completed, or cancelled; and what a coordinator's own choice must pass.</summary>
public sealed class RequestLifecycleTests
{
    private readonly PoolBuilder _pool = new();

    [Fact]
    public void The_waiting_time_from_request_to_assignment_is_recorded_from_the_clock()
    {
        var request = _pool.Request();
        _pool.Clock.Advance(TimeSpan.FromMinutes(90));

        request.Assign(PoolBuilder.Idle(PoolBuilder.Professional()), _pool.Clock.GetUtcNow(), _pool.Today);

        Assert.Equal(RequestStatus.Assigned, request.Status);
        Assert.Equal(5400, request.WaitingSeconds);
        Assert.Equal(_pool.Clock.GetUtcNow().UtcDateTime, request.AssignedAt);
    }

    [Fact]
    public void A_request_gets_one_professional()
    {
        var request = _pool.Request();
        request.Assign(PoolBuilder.Idle(PoolBuilder.Professional("Anna")), _pool.Clock.GetUtcNow(), _pool.Today);

        RuleAssert.Broken<RequestNotWaitingRule>("request-not-waiting",
            () => request.Assign(PoolBuilder.Idle(PoolBuilder.Professional("Bram")), _pool.Clock.GetUtcNow(), _pool.Today));
        RuleAssert.Broken<RequestNotWaitingRule>("request-not-waiting",
            () => request.AssignBestMatch([], _pool.Clock.GetUtcNow(), _pool.Today));
    }

    [Fact]
    public void A_coordinator_cannot_assign_an_inactive_professional()
    {
        var retired = PoolBuilder.Professional();
        retired.Deactivate(_pool.Today);

        RuleAssert.Broken<ProfessionalActiveRule>("professional-inactive",
            () => _pool.Request().Assign(PoolBuilder.Idle(retired), _pool.Clock.GetUtcNow(), _pool.Today));
    }

    [Fact]
    public void A_coordinator_cannot_assign_a_professional_without_the_expertise_or_outside_the_area()
    {
        var behaviour = PoolBuilder.Professional(expertise: Expertise.Behaviour);
        var elsewhere = PoolBuilder.Professional(area: PoolBuilder.BosEnLommer);

        RuleAssert.Broken<ProfessionalUnsuitableRule>("professional-unsuitable",
            () => _pool.Request().Assign(PoolBuilder.Idle(behaviour), _pool.Clock.GetUtcNow(), _pool.Today));
        RuleAssert.Broken<ProfessionalUnsuitableRule>("professional-unsuitable",
            () => _pool.Request().Assign(PoolBuilder.Idle(elsewhere), _pool.Clock.GetUtcNow(), _pool.Today));
    }

    [Fact]
    public void A_coordinator_cannot_assign_more_than_a_professionals_week_holds()
    {
        var request = _pool.Request(hours: 6);

        RuleAssert.Broken<ProfessionalOverCapacityRule>("professional-over-capacity",
            () => request.Assign(PoolBuilder.Loaded(PoolBuilder.Professional(hoursPerWeek: 20), 15), _pool.Clock.GetUtcNow(), _pool.Today));
        Assert.Equal(RequestStatus.Requested, request.Status);
    }

    [Fact]
    public void Hours_are_logged_against_the_assignment_and_mark_both_aggregates_changed()
    {
        var anna = PoolBuilder.Professional();
        var request = _pool.Assigned(anna, hours: 6);
        anna.ClearDomainEvents();

        var entry = request.LogHours(Guid.NewGuid(), anna, _pool.Today, 2.5m, 0, _pool.Today, _pool.Clock.GetUtcNow());

        Assert.Equal(2.5m, request.HoursLogged);
        Assert.Equal(3.5m, request.HoursRemaining);
        Assert.Equal(anna.Id, entry.ProfessionalId);
        Assert.Contains(request.DomainEvents, e => e is ExpertiseRequestChanged);
        Assert.Contains(anna.DomainEvents, e => e is ProfessionalChanged);
    }

    [Fact]
    public void No_more_than_a_working_day_on_one_date_over_all_requests()
    {
        var anna = PoolBuilder.Professional();
        var request = _pool.Assigned(anna, hours: 10);

        RuleAssert.Broken<WorkingDayRule>("working-day-exceeded",
            () => request.LogHours(Guid.NewGuid(), anna, _pool.Today, 3, loggedThatDay: 5.5m, _pool.Today, _pool.Clock.GetUtcNow()));
        request.LogHours(Guid.NewGuid(), anna, _pool.Today, 2.5m, loggedThatDay: 5.5m, _pool.Today, _pool.Clock.GetUtcNow());
    }

    [Fact]
    public void No_more_hours_than_the_request_asked_for()
    {
        var anna = PoolBuilder.Professional();
        var request = _pool.Assigned(anna, hours: 4, logged: 3);

        RuleAssert.Broken<RequestHoursExceededRule>("request-hours-exceeded",
            () => request.LogHours(Guid.NewGuid(), anna, _pool.Today, 1.25m, 3, _pool.Today, _pool.Clock.GetUtcNow()));
        Assert.Equal(3, request.HoursLogged);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Hours_are_not_logged_in_the_future_or_before_the_request(int days)
    {
        var anna = PoolBuilder.Professional();
        var request = _pool.Assigned(anna, hours: 4);

        RuleAssert.Broken<HoursDateRule>("hours-date",
            () => request.LogHours(Guid.NewGuid(), anna, _pool.Today.AddDays(days), 1, 0, _pool.Today, _pool.Clock.GetUtcNow()));
    }

    [Fact]
    public void A_waiting_request_has_no_hours_and_cannot_be_completed()
    {
        var request = _pool.Request();

        RuleAssert.Broken<RequestNotAssignedRule>("request-not-assigned",
            () => request.LogHours(Guid.NewGuid(), PoolBuilder.Professional(), _pool.Today, 1, 0, _pool.Today, _pool.Clock.GetUtcNow()));
        RuleAssert.Broken<RequestNotAssignedRule>("request-not-assigned", () => request.Complete(_pool.Today));
    }

    [Fact]
    public void A_completed_request_takes_no_more_hours_and_cannot_be_cancelled()
    {
        var anna = PoolBuilder.Professional();
        var request = _pool.Assigned(anna, hours: 4, logged: 2);
        request.Complete(_pool.Today);

        Assert.Equal(RequestStatus.Completed, request.Status);
        RuleAssert.Broken<RequestClosedRule>("request-closed",
            () => request.LogHours(Guid.NewGuid(), anna, _pool.Today, 1, 0, _pool.Today, _pool.Clock.GetUtcNow()));
        RuleAssert.Broken<RequestClosedRule>("request-closed", () => request.Cancel(_pool.Today, "no longer needed"));
    }

    [Fact]
    public void A_waiting_or_assigned_request_can_be_cancelled_with_a_reason_once()
    {
        var waiting = _pool.Request();
        var assigned = _pool.Assigned(PoolBuilder.Professional(), hours: 4);

        waiting.Cancel(_pool.Today, "the school found help itself");
        assigned.Cancel(_pool.Today, "the family moved");

        Assert.Equal(RequestStatus.Cancelled, waiting.Status);
        Assert.Equal("the family moved", assigned.CancellationReason);
        RuleAssert.Broken<RequestClosedRule>("request-closed", () => waiting.Cancel(_pool.Today, "again"));
        RuleAssert.Broken<RequestClosedRule>("request-closed",
            () => waiting.Assign(PoolBuilder.Idle(PoolBuilder.Professional()), _pool.Clock.GetUtcNow(), _pool.Today));
    }

    [Fact]
    public void A_deactivated_professional_finishes_open_work_but_is_not_deactivated_twice()
    {
        var anna = PoolBuilder.Professional();
        var request = _pool.Assigned(anna, hours: 4);

        anna.Deactivate(_pool.Today);
        request.LogHours(Guid.NewGuid(), anna, _pool.Today, 4, 0, _pool.Today, _pool.Clock.GetUtcNow());
        request.Complete(_pool.Today);

        Assert.False(anna.IsActive);
        RuleAssert.Broken<ProfessionalActiveRule>("professional-inactive", () => anna.Deactivate(_pool.Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40.25)]
    public void Weekly_hours_and_requested_hours_lie_between_0_and_a_full_time_week(double hours)
    {
        RuleAssert.Broken<HoursPerWeekRule>("hours-per-week", () => PoolBuilder.Professional(hoursPerWeek: (decimal)hours));
        RuleAssert.Broken<RequestHoursRule>("request-hours", () => _pool.Request(hours: (decimal)hours));
    }
}
