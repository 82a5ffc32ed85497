using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Domain;

/// <summary>The best match: who fits (active, expertise, area, room this week) and who of them goes first.</summary>
public sealed class MatchingTests
{
    private readonly PoolBuilder _pool = new();

    [Fact]
    public void Only_a_professional_with_the_expertise_asked_for_is_matched()
    {
        var behaviour = PoolBuilder.Professional("Bram", expertise: Expertise.Behaviour);
        var tos = PoolBuilder.Professional("Zoe", expertise: Expertise.Tos);

        var best = ProfessionalMatching.BestMatch(_pool.Request(expertise: Expertise.Tos), [PoolBuilder.Idle(behaviour), PoolBuilder.Idle(tos)]);

        Assert.Same(tos, best!.Professional);
    }

    [Fact]
    public void Only_a_professional_who_works_in_the_requests_area_is_matched()
    {
        var elsewhere = PoolBuilder.Professional("Anna", area: PoolBuilder.BosEnLommer);
        var here = PoolBuilder.Professional("Zoe", area: PoolBuilder.Osdorp);

        var best = ProfessionalMatching.BestMatch(_pool.Request(), [PoolBuilder.Idle(elsewhere), PoolBuilder.Idle(here)]);

        Assert.Same(here, best!.Professional);
    }

    [Fact]
    public void An_inactive_professional_is_never_matched()
    {
        var retired = PoolBuilder.Professional("Anna");
        retired.Deactivate(_pool.Today);

        Assert.Null(ProfessionalMatching.BestMatch(_pool.Request(), [PoolBuilder.Idle(retired)]));
    }

    [Theory]
    [InlineData(16, true)] // 20 - 16 = 4 left: exactly room for 4 hours
    [InlineData(16.25, false)]
    public void A_professional_needs_room_for_all_the_requested_hours_this_week(double load, bool fits)
    {
        var anna = PoolBuilder.Professional("Anna", hoursPerWeek: 20);

        var best = ProfessionalMatching.BestMatch(_pool.Request(hours: 4), [PoolBuilder.Loaded(anna, (decimal)load)]);

        Assert.Equal(fits, best is not null);
    }

    [Fact]
    public void The_least_loaded_relative_to_their_weekly_hours_is_matched()
    {
        var halfFull = PoolBuilder.Professional("Anna", hoursPerWeek: 20);   // 10 of 20: 50%
        var moreHoursButLessFull = PoolBuilder.Professional("Bram", hoursPerWeek: 40); // 16 of 40: 40%

        var best = ProfessionalMatching.BestMatch(_pool.Request(), [PoolBuilder.Loaded(halfFull, 10), PoolBuilder.Loaded(moreHoursButLessFull, 16)]);

        Assert.Same(moreHoursButLessFull, best!.Professional);
    }

    [Fact]
    public void On_equal_load_who_served_the_requests_cluster_before_is_matched()
    {
        var stranger = PoolBuilder.Professional("Anna", hoursPerWeek: 20);
        var known = PoolBuilder.Professional("Zoe", hoursPerWeek: 40);

        var best = ProfessionalMatching.BestMatch(
            _pool.Request(), [PoolBuilder.Loaded(stranger, 5), PoolBuilder.Loaded(known, 10, servedCluster: true)]);

        Assert.Same(known, best!.Professional);
    }

    [Fact]
    public void Serving_the_cluster_before_does_not_outweigh_a_lower_load()
    {
        var idle = PoolBuilder.Professional("Zoe");
        var known = PoolBuilder.Professional("Anna");

        var best = ProfessionalMatching.BestMatch(_pool.Request(), [PoolBuilder.Loaded(known, 1, servedCluster: true), PoolBuilder.Idle(idle)]);

        Assert.Same(idle, best!.Professional);
    }

    [Fact]
    public void A_full_tie_is_broken_by_name_whatever_the_order_of_the_candidates()
    {
        var anna = PoolBuilder.Professional("Anna");
        var bram = PoolBuilder.Professional("Bram");
        var request = _pool.Request();

        Assert.Same(anna, ProfessionalMatching.BestMatch(request, [PoolBuilder.Idle(bram), PoolBuilder.Idle(anna)])!.Professional);
        Assert.Same(anna, ProfessionalMatching.BestMatch(request, [PoolBuilder.Idle(anna), PoolBuilder.Idle(bram)])!.Professional);
    }

    [Fact]
    public void When_nobody_fits_the_request_stays_waiting_with_no_capacity()
    {
        var full = PoolBuilder.Professional("Anna", hoursPerWeek: 8);
        var request = _pool.Request(hours: 4);

        RuleAssert.Broken<NoCapacityRule>("no-capacity", () => request.AssignBestMatch([PoolBuilder.Loaded(full, 6)], _pool.Clock.GetUtcNow(), _pool.Today));

        Assert.Equal(RequestStatus.Requested, request.Status);
        Assert.Null(request.ProfessionalId);
        Assert.Null(request.WaitingSeconds);
    }

    [Fact]
    public void The_best_match_is_assigned_and_its_week_is_marked_changed()
    {
        var anna = PoolBuilder.Professional("Anna");
        var request = _pool.Request();

        var chosen = request.AssignBestMatch([PoolBuilder.Idle(anna)], _pool.Clock.GetUtcNow(), _pool.Today);

        Assert.Equal(anna.Id, chosen.ProfessionalId);
        Assert.Equal(anna.Id, request.ProfessionalId);
        Assert.Contains(anna.DomainEvents, e => e is ProfessionalChanged);
    }
}
