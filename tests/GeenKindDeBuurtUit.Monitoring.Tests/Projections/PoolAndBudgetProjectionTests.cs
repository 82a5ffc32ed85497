using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;
using GeenKindDeBuurtUit.Monitoring.Application.Pool;
using Microsoft.EntityFrameworkCore;
using static GeenKindDeBuurtUit.Monitoring.Tests.Projections.Events;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>The expertise pool's and the budget's facts, delivered twice or out of order.</summary>
public sealed class PoolAndBudgetProjectionTests : IAsyncLifetime
{
    private MonitoringDatabase _db = null!;

    public async Task InitializeAsync() => _db = await MonitoringDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_assignment_before_its_request_still_gives_one_assigned_request_with_its_wait()
    {
        var request = Guid.NewGuid();
        var requestedAt = At(0);

        await _db.DeliverAsync(new ProfessionalAssignedIntegrationEvent(request, Guid.NewGuid(), School, Cluster, Area, "tos", 4, requestedAt, At(90), 5400, true) { OccurredAt = At(90) });
        await _db.DeliverAsync(new ExpertiseRequestMadeIntegrationEvent(request, School, Cluster, Area, "tos", 4, "normal", null, requestedAt) { OccurredAt = At(0) });

        var fact = Assert.Single(await _db.ReadAsync(c => c.ExpertiseRequests.ToListAsync()));
        Assert.Equal(5400, fact.WaitingSeconds);
        Assert.False(fact.IsWaiting);
    }

    [Fact]
    public async Task Hours_delivered_twice_count_once()
    {
        var hours = new ExpertiseHoursLoggedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), School, Cluster, Area, "tos", new DateOnly(2025, 10, 1), 2.5m);

        await _db.DeliverAsync(hours);
        await _db.DeliverAsync(hours with { EventId = Guid.NewGuid() });

        Assert.Equal(2.5m, (await _db.ReadAsync(c => c.ExpertiseHours.ToListAsync())).Sum(h => h.Hours));
    }

    [Fact]
    public async Task An_older_budget_report_arriving_late_does_not_overwrite_a_newer_one()
    {
        await _db.DeliverAsync(new PooledBudgetChangedIntegrationEvent("2025-2026", Area, 100m, 50m, 150m, 20m, 5m, 130m) { OccurredAt = At(10) });
        await _db.DeliverAsync(new PooledBudgetChangedIntegrationEvent("2025-2026", Area, 100m, 0m, 100m, 0m, 0m, 100m) { OccurredAt = At(5) });

        var budget = Assert.Single(await _db.ReadAsync(c => c.Budgets.ToListAsync()));
        Assert.Equal((150m, 50m, 20m, 5m), (budget.Pooled, budget.FreedFunds, budget.Allocated, budget.Spent));
    }

    [Theory]
    [InlineData(new double[] { }, 0.5, null)]
    [InlineData(new double[] { 7 }, 0.9, 7.0)]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2.0)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.0)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 0.9, 10.0)]
    public void Percentiles_are_nearest_rank(double[] sorted, double p, double? expected) =>
        Assert.Equal(expected, GetExpertiseFiguresHandler.NearestRank(sorted, p));
}
