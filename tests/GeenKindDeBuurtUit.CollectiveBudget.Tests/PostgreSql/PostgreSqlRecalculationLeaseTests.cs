using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.PostgreSql;

/// <summary>
/// The recalculation lease on PostgreSQL stays one conditional update of one row (docs/adr/0041):
/// a second claimant waits for the first one's row lock, only as long as that single statement
/// takes, and then checks the condition again on the row as the first one left it. So exactly one
/// run holds a row, whichever host it runs on.
/// </summary>
public sealed class PostgreSqlRecalculationLeaseTests : IAsyncLifetime
{
    private static readonly SchoolYear Year = SchoolYear.Parse("2041-2042");
    private PostgreSqlModuleHosts hosts = null!;

    public async Task InitializeAsync()
    {
        if (TestProvider.PostgreSqlMissing is null)
        {
            hosts = new PostgreSqlModuleHosts(services =>
            {
                services.AddCollectiveBudgetDbContext();
                services.AddSingleton<RecalculationSignal>();
                services.AddOptions<RecalculationOptions>();
            });
            await PostgreSqlModuleHosts.MigrateAsync<CollectiveBudgetDbContext>(hosts.NewHost());
        }
    }

    public async Task DisposeAsync()
    {
        if (hosts is not null)
        {
            await hosts.DisposeAsync();
        }
    }

    [PostgreSqlFact]
    public async Task Runs_on_several_hosts_claiming_one_row_at_once_leave_it_to_exactly_one()
    {
        var areaId = Guid.NewGuid();
        var runs = Enumerable.Range(0, 8).Select(_ => Run(hosts.NewHost())).ToList();
        await runs[0].RequestAsync(Year, areaId, CancellationToken.None);
        using var start = new Barrier(runs.Count);

        var claims = await Task.WhenAll(runs.Select(run => Task.Run(() =>
        {
            start.SignalAndWait();
            return run.ClaimAsync(Year, areaId, CancellationToken.None);
        })));

        var winner = runs[Array.IndexOf(claims, true)];
        Assert.Single(claims, claimed => claimed);
        Assert.Equal(winner.Run, await ClaimedByAsync(areaId));
    }

    [PostgreSqlFact]
    public async Task A_claim_waits_for_another_hosts_claim_of_the_row_and_then_sees_it_taken()
    {
        var areaId = Guid.NewGuid();
        var run = Run(hosts.NewHost());
        await run.RequestAsync(Year, areaId, CancellationToken.None);
        await using var claiming = await AnotherHostClaimsAsync(
            areaId,
            """
            UPDATE collective_budget.pending_recalculations SET "ClaimedBy" = 'another-host', "ClaimedUntil" = now() + interval '2 minutes'
            WHERE "AreaId" = @area AND "ClaimedBy" IS NULL
            """);

        var ours = run.ClaimAsync(Year, areaId, CancellationToken.None);
        await Eventually.AssertAsync(async () => await hosts.LockWaitersAsync() >= 1, "the claim waits for the row's lock");
        Assert.False(ours.IsCompleted);
        await claiming.CommitAsync();

        Assert.False(await ours);
        Assert.Equal("another-host", await ClaimedByAsync(areaId));
    }

    [PostgreSqlFact]
    public async Task A_claim_that_waited_for_a_claim_rolled_back_takes_the_row()
    {
        var areaId = Guid.NewGuid();
        var run = Run(hosts.NewHost());
        await run.RequestAsync(Year, areaId, CancellationToken.None);
        await using var claiming = await AnotherHostClaimsAsync(
            areaId, """UPDATE collective_budget.pending_recalculations SET "ClaimedBy" = 'another-host' WHERE "AreaId" = @area""");

        var ours = run.ClaimAsync(Year, areaId, CancellationToken.None);
        await Eventually.AssertAsync(async () => await hosts.LockWaitersAsync() >= 1, "the claim waits for the row's lock");
        await claiming.RollbackAsync();

        Assert.True(await ours);
        Assert.Equal(run.Run, await ClaimedByAsync(areaId));
    }

    [PostgreSqlFact]
    public async Task Two_runs_working_through_the_same_due_rows_claim_each_row_once_between_them()
    {
        var areas = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        var runs = new[] { Run(hosts.NewHost()), Run(hosts.NewHost()) };
        foreach (var areaId in areas)
        {
            await runs[0].RequestAsync(Year, areaId, CancellationToken.None);
        }

        var claimed = await Task.WhenAll(runs.Select(run => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            foreach (var (year, areaId) in await run.DueAsync(CancellationToken.None))
            {
                if (await run.ClaimAsync(year, areaId, CancellationToken.None))
                {
                    mine.Add(areaId);
                }
            }

            return mine;
        })));

        Assert.Equal(areas.Order(), claimed.SelectMany(c => c).Order());
        foreach (var (run, mine) in runs.Zip(claimed))
        {
            foreach (var areaId in mine)
            {
                Assert.Equal(run.Run, await ClaimedByAsync(areaId));
            }
        }
    }

    [PostgreSqlFact]
    public async Task A_delivered_request_raises_the_row_at_once_so_a_run_completing_meanwhile_waits_and_then_leaves_it()
    {
        var areaId = Guid.NewGuid();
        var run = Run(hosts.NewHost());
        await run.RequestAsync(Year, areaId, CancellationToken.None);
        Assert.True(await run.ClaimAsync(Year, areaId, CancellationToken.None));
        var worked = Assert.NotNull(await run.ClaimedGenerationAsync(Year, areaId, CancellationToken.None));

        // As a delivered event asks: inside the transaction of its share, which runs in the execution strategy.
        await using var scope = hosts.NewHost().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>();
        var completed = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var delivery = await db.Database.BeginTransactionAsync();
            await RecalculationRequests.UpsertAsync(db, Year.StartYear, areaId, DateTime.UtcNow, CancellationToken.None);

            var completing = run.CompleteAsync(Year, areaId, worked, CancellationToken.None);
            await Eventually.AssertAsync(async () => await hosts.LockWaitersAsync() >= 1, "the run's completion waits for the request's row lock");
            await db.SaveChangesAsync();
            await delivery.CommitAsync();
            return await completing;
        });

        Assert.False(completed);
        await using var check = hosts.NewHost().CreateAsyncScope();
        Assert.Equal(worked + 1, await check.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>().PendingRecalculations.AsNoTracking()
            .Where(p => p.AreaId == areaId).Select(p => p.Generation).SingleAsync());
    }

    /// <summary>Another host's claim of the area's row, its transaction left open for the test to end; the claim must have taken the row.</summary>
    private async Task<HeldClaim> AnotherHostClaimsAsync(Guid areaId, string claim)
    {
        var otherHost = new NpgsqlConnection(hosts.ConnectionString);
        await otherHost.OpenAsync();
        var claiming = new HeldClaim(otherHost, await otherHost.BeginTransactionAsync());
        await using var command = new NpgsqlCommand(claim, otherHost, claiming.Transaction);
        command.Parameters.AddWithValue("area", areaId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        return claiming;
    }

    private sealed record HeldClaim(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public Task CommitAsync() => Transaction.CommitAsync();

        public Task RollbackAsync() => Transaction.RollbackAsync();

        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private static PendingRecalculations Run(IServiceProvider host) => ActivatorUtilities.CreateInstance<PendingRecalculations>(host);

    private async Task<string?> ClaimedByAsync(Guid areaId)
    {
        await using var scope = hosts.NewHost().CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>().PendingRecalculations.AsNoTracking()
            .Where(p => p.AreaId == areaId).Select(p => p.ClaimedBy).SingleAsync();
    }
}
