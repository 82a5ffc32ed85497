using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using GeenKindDeBuurtUit.Testing;
using Hangfire;
using Hangfire.Storage;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class RecalculationJobTests(PlatformFactory platform)
{
    // 3 SBO placements below the agreed baseline at 1 000 a year, half pooled.
    private static readonly Agreement Agreement = new(0.5m, new PlacementRates(1_000m, 0m, 0m, 0m), new ReferralCounts(3, 0, 0, 0), 90m);

    [Fact]
    public async Task The_job_run_twice_and_in_parallel_books_once()
    {
        await Pilot.LoadAsync(platform);
        var year = SchoolYear.Parse("2041-2042");
        await AgreeWithoutSignalAsync(year, PilotIds.BosEnLommer);

        await Task.WhenAll(RunJobAsync(year, PilotIds.BosEnLommer), RunJobAsync(year, PilotIds.BosEnLommer));
        await Task.WhenAll(RunJobAsync(year, PilotIds.BosEnLommer), RunJobAsync(year, PilotIds.BosEnLommer));

        var freed = Assert.Single(await FreedFundsEntriesAsync(year, PilotIds.BosEnLommer));
        Assert.Equal(1_500m, freed.Amount);
        Assert.Equal(0, await platform.CountAsync("SELECT COUNT(*) FROM collective_budget_pending_recalculations WHERE SchoolYearStart = 2041"));
    }

    [Fact]
    public async Task Two_recalculations_without_a_claim_still_book_once_because_the_second_append_finds_the_ledger_moved_on()
    {
        await Pilot.LoadAsync(platform);
        var year = SchoolYear.Parse("2042-2043");
        await AgreeWithoutSignalAsync(year, PilotIds.BosEnLommer);

        var outcomes = await Task.WhenAll(RecalculateUnclaimedAsync(year, PilotIds.BosEnLommer), RecalculateUnclaimedAsync(year, PilotIds.BosEnLommer));

        Assert.Contains("booked", outcomes);
        Assert.Single(await FreedFundsEntriesAsync(year, PilotIds.BosEnLommer));
    }

    [Fact]
    public void Referrals_share_budget_and_request_rows_so_their_deliveries_take_turns_on_postgresql()
    {
        using var scope = platform.Services.CreateScope();

        Assert.True(scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>().DeliveriesTakeTurns);
    }

    [Fact]
    public async Task Many_requests_for_one_area_wait_as_one_pending_recalculation_that_one_run_works_off()
    {
        await Pilot.LoadAsync(platform);
        var year = SchoolYear.Parse("2043-2044");
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>();
        var requests = scope.ServiceProvider.GetRequiredService<IRecalculationRequests>();
        for (var i = 0; i < 5; i++)
        {
            await requests.RequestAsync(year, PilotIds.Osdorp, CancellationToken.None);
        }

        // Held back from the background run, so the test sees the row before a run works it off.
        db.RecalculationRequested = false;
        await db.SaveChangesAsync();

        var pending = await db.PendingRecalculations.AsNoTracking().Where(p => p.SchoolYearStart == year.StartYear).ToListAsync();
        Assert.Equal(5, Assert.Single(pending).Generation);
        await scope.ServiceProvider.GetRequiredService<FreedFundsRecalculationJob>().RunPendingAsync(CancellationToken.None);
        Assert.Equal(0, await platform.CountAsync("SELECT COUNT(*) FROM collective_budget_pending_recalculations WHERE SchoolYearStart = 2043"));
    }

    [Fact]
    public async Task A_request_made_outside_a_transaction_is_stored_only_with_the_change_that_asks_for_it()
    {
        await Pilot.LoadAsync(platform);
        var year = SchoolYear.Parse("2046-2047");
        using (var runScope = platform.Services.CreateScope())
        {
            await runScope.ServiceProvider.GetRequiredService<PendingRecalculations>().RequestAsync(year, PilotIds.Osdorp, CancellationToken.None);
        }

        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>();
        await scope.ServiceProvider.GetRequiredService<IRecalculationRequests>().RequestAsync(year, PilotIds.Osdorp, CancellationToken.None);

        // A run looking now must not see a request whose change (an agreement, say) is not stored yet.
        Assert.Equal(1, await GenerationAsync(year, PilotIds.Osdorp));
        db.RecalculationRequested = false;
        await db.SaveChangesAsync();
        Assert.Equal(2, await GenerationAsync(year, PilotIds.Osdorp));
    }

    [Fact]
    public async Task The_nightly_run_is_scheduled_and_recalculates_every_open_school_year_and_area()
    {
        await Pilot.LoadAsync(platform);
        var year = SchoolYear.Parse("2045-2046");
        await AgreeWithoutSignalAsync(year, PilotIds.Osdorp);

        using (var scope = platform.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<FreedFundsRecalculationJob>().RecalculateAllOpenAsync(CancellationToken.None);
        }

        Assert.Equal(1_500m, Assert.Single(await FreedFundsEntriesAsync(year, PilotIds.Osdorp)).Amount);
        using var connection = platform.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), job => job.Id == FreedFundsRecalculationJob.NightlyJobId);
    }

    [Fact]
    public async Task A_withdrawal_that_overtakes_its_referral_and_a_duplicate_delivery_leave_the_child_counted_as_not_referred()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var school = pilot.In(PilotIds.BosEnLommer).Last();
        var caseId = Guid.NewGuid();
        var decided = new DateOnly(2044, 10, 1);
        var referred = new PupilReferredIntegrationEvent(caseId, school.Id, "so", "medium", "2044-2045", decided);
        var withdrawn = new ReferralWithdrawnIntegrationEvent(caseId, school.Id, "so", "medium", "2044-2045", decided, decided.AddDays(20));
        var year = SchoolYear.Parse("2044-2045");

        await DeliverAsync(withdrawn);
        Assert.Equal(ReferralCounts.None, await CountAsync(year, PilotIds.BosEnLommer));
        await DeliverAsync(referred);
        await DeliverAsync(referred);
        await DeliverAsync(withdrawn);
        Assert.Equal(ReferralCounts.None, await CountAsync(year, PilotIds.BosEnLommer));

        var again = new PupilReferredIntegrationEvent(caseId, school.Id, "so", "medium", "2044-2045", decided.AddDays(30));
        await DeliverAsync(again);
        await DeliverAsync(again);
        Assert.Equal(new ReferralCounts(0, 0, 1, 0), await CountAsync(year, PilotIds.BosEnLommer));
    }

    private async Task AgreeWithoutSignalAsync(SchoolYear year, Guid areaId)
    {
        // Straight into the store: an agreement through the API would signal a background run of its own.
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>();
        var budget = AreaBudget.Open(year, areaId);
        budget.Agree(Agreement, DateTime.UtcNow, "test");
        db.AreaBudgets.Add(budget);
        await db.SaveChangesAsync();
    }

    private async Task RunJobAsync(SchoolYear year, Guid areaId)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FreedFundsRecalculationJob>().RecalculateAsync(year, areaId, CancellationToken.None);
    }

    private async Task<string> RecalculateUnclaimedAsync(SchoolYear year, Guid areaId)
    {
        using var scope = platform.Services.CreateScope();
        try
        {
            var entry = await scope.ServiceProvider.GetRequiredService<FreedFundsRecalculation>().RecalculateAsync(year, areaId, CancellationToken.None);
            return entry is null ? "nothing" : "booked";
        }
        catch (DbUpdateConcurrencyException)
        {
            return "refused";
        }
    }

    private async Task<long> GenerationAsync(SchoolYear year, Guid areaId)
    {
        using var scope = platform.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>().PendingRecalculations.AsNoTracking()
            .Where(p => p.SchoolYearStart == year.StartYear && p.AreaId == areaId).Select(p => p.Generation).SingleAsync();
    }

    private async Task<List<LedgerEntry>> FreedFundsEntriesAsync(SchoolYear year, Guid areaId)
    {
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>();
        var budget = await db.AreaBudgets.AsNoTracking().Include(b => b.Entries).SingleAsync(b => b.SchoolYearStart == year.StartYear && b.AreaId == areaId);
        return budget.Entries.Where(e => e.Kind == LedgerEntryKind.FreedFunds).ToList();
    }

    /// <summary>As the relay delivers: in a scope of its own, through the mediator, to the inbox handlers.</summary>
    private async Task DeliverAsync(IntegrationEvent e)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(e);
    }

    private async Task<ReferralCounts> CountAsync(SchoolYear year, Guid areaId)
    {
        using var scope = platform.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IReferralProjection>().CountAsync(year, areaId, CancellationToken.None);
    }
}
