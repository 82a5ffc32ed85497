using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using static GeenKindDeBuurtUit.Monitoring.Tests.Projections.Events;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>An erased case (docs/adr/0015) keeps every fact under one stand-in id that leads back to no case.</summary>
public sealed class ErasureProjectionTests : IAsyncLifetime
{
    private static readonly DateOnly Opened = new(2025, 9, 1);
    private MonitoringDatabase _db = null!;

    public async Task InitializeAsync() => _db = await MonitoringDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_fact_of_an_erased_case_moves_to_one_stand_in_and_none_is_lost()
    {
        var (erased, kept) = (Guid.NewGuid(), Guid.NewGuid());
        var meeting = Guid.NewGuid();
        foreach (var caseId in new[] { erased, kept })
        {
            await _db.DeliverAsync(Opened(caseId, 3, Opened));
            await _db.DeliverAsync(LevelChanged(caseId, 3, 5, Opened.AddDays(10), 1));
            await _db.DeliverAsync(new OtMeetingHeldIntegrationEvent(caseId, School, caseId == erased ? meeting : Guid.NewGuid(), Opened.AddDays(20), "refer", ["swv"]) { OccurredAt = At(2) });
            await _db.DeliverAsync(Referred(caseId, Opened.AddDays(20), 3));
            await _db.DeliverAsync(new ThuiszitterStartedIntegrationEvent(caseId, School, Opened.AddDays(30)) { OccurredAt = At(4) });
            await _db.DeliverAsync(new SupportCaseEscalatedIntegrationEvent(caseId, School, "buurtteam", Opened.AddDays(31)) { OccurredAt = At(5) });
            await _db.DeliverAsync(new SupportCaseClosedIntegrationEvent(caseId, School, Opened.AddDays(200), 5, true) { OccurredAt = At(6) });
        }

        var before = await FactsAsync();
        var erasure = new SupportCaseErasedIntegrationEvent(erased);
        await _db.DeliverAsync(erasure);
        var after = await FactsAsync();
        await _db.DeliverAsync(erasure);

        Assert.Equal(before.Count, after.Count);
        Assert.DoesNotContain(after, f => f.CaseId == erased || f.Id == meeting);
        var standIns = after.Where(f => f.CaseId != kept).Select(f => f.CaseId).Distinct().ToList();
        Assert.NotEqual(erased, Assert.Single(standIns));
        Assert.Equal(before.Where(f => f.CaseId == kept), after.Where(f => f.CaseId == kept));
        Assert.Equal(after, await FactsAsync());
    }

    /// <summary>Every case-keyed row of the read models as (table, case, row key); ids other than the case's stay as they were except OT meetings'.</summary>
    private Task<List<(string Table, Guid CaseId, Guid? Id)>> FactsAsync() => _db.ReadAsync(async c =>
        (await c.Cases.Select(x => new { x.CaseId }).ToListAsync()).Select(x => ("cases", x.CaseId, (Guid?)null))
            .Concat((await c.LevelChanges.ToListAsync()).Select(x => ("level_changes", x.CaseId, (Guid?)x.EventId)))
            .Concat((await c.OtMeetings.ToListAsync()).Select(x => ("ot_meetings", x.CaseId, (Guid?)x.MeetingId)))
            .Concat((await c.Referrals.ToListAsync()).Select(x => ("referrals", x.CaseId, (Guid?)null)))
            .Concat((await c.ThuiszitterPeriods.ToListAsync()).Select(x => ("thuiszitter_periods", x.CaseId, (Guid?)null)))
            .Concat((await c.Escalations.ToListAsync()).Select(x => ("escalations", x.CaseId, (Guid?)x.EventId)))
            .OrderBy(f => f.Item1).ThenBy(f => f.Item2).ThenBy(f => f.Item3)
            .ToList());
}
