using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Domain;

/// <summary>A request outlives its erased support case (docs/adr/0015): unlinked, its hours and state intact.</summary>
public sealed class SupportCaseErasureTests
{
    private readonly PoolBuilder _pool = new();

    [Fact]
    public void Forgetting_the_case_drops_the_link_and_the_note_and_keeps_everything_the_figures_count()
    {
        var anna = PoolBuilder.Professional();
        var request = ExpertiseRequest.Make(
            Guid.NewGuid(), Requester.School(PoolBuilder.School, PoolBuilder.Cluster, PoolBuilder.Osdorp), anna.Expertise[0], 6, Urgency.Urgent,
            Guid.NewGuid(), "observation in the classroom", _pool.Clock.GetUtcNow(), _pool.Today);
        request.Assign(PoolBuilder.Idle(anna), _pool.Clock.GetUtcNow(), _pool.Today);
        request.LogHours(Guid.NewGuid(), anna, _pool.Today, 2.5m, 0, _pool.Today, _pool.Clock.GetUtcNow());
        var (status, waited, logged, entries) = (request.Status, request.WaitingSeconds, request.HoursLogged, request.TimeEntries.ToList());

        request.ForgetSupportCase();

        Assert.Null(request.SupportCaseId);
        Assert.Null(request.Note);
        Assert.Equal((status, waited, logged, Urgency.Urgent, 6m), (request.Status, request.WaitingSeconds, request.HoursLogged, request.Urgency, request.Hours));
        Assert.Equal(entries, request.TimeEntries);
    }
}
