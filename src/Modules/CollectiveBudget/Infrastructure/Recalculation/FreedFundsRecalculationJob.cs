using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

/// <summary>
/// The background recalculation of freed funds (docs/adr/0010). Coalesced: it works through the
/// pending rows, one per area and year however many changes asked. Single-flight: a run claims a
/// row before working on it, and another run leaves a claimed row alone. Idempotent: it books only
/// the difference between the formula and the ledger, and a second writer's append fails on the
/// budget's version, so even two runs on one area (a claim that ran out) never book twice.
/// </summary>
internal sealed partial class FreedFundsRecalculationJob(
    IServiceScopeFactory scopes,
    PendingRecalculations pending,
    RecalculationSignal signal,
    IFaultInjector faults,
    ILogger<FreedFundsRecalculationJob> logger)
{
    public const string NightlyJobId = "collective-budget-nightly-recalculation";

    public const string PendingJobId = "collective-budget-pending-recalculation";

    private const int MaxAttempts = 5;

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Recalculate freed funds where referrals changed")]
    public async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        signal.RunStarted();
        foreach (var (year, areaId) in await pending.DueAsync(cancellationToken))
        {
            await ProcessAsync(year, areaId, cancellationToken);
        }
    }

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Recalculate freed funds of every open school year and area")]
    public async Task RecalculateAllOpenAsync(CancellationToken cancellationToken)
    {
        using (var scope = scopes.CreateScope())
        {
            foreach (var (year, areaId) in await scope.ServiceProvider.GetRequiredService<IAreaBudgetRepository>().ListOpenAsync(cancellationToken))
            {
                await pending.RequestAsync(year, areaId, cancellationToken);
            }
        }

        await RunPendingAsync(cancellationToken);
    }

    /// <summary>Recalculates one area and school year now, under the same claim as a background run.</summary>
    public async Task RecalculateAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        await pending.RequestAsync(schoolYear, areaId, cancellationToken);
        await ProcessAsync(schoolYear, areaId, cancellationToken);
    }

    private async Task ProcessAsync(SchoolYear year, Guid areaId, CancellationToken cancellationToken)
    {
        if (!await pending.ClaimAsync(year, areaId, cancellationToken))
        {
            return;
        }

        try
        {
            // The generation is read before the projection: a request that comes in later moves it on,
            // so completion fails, the row stays, and the run goes again with the newer referrals.
            while (await pending.ClaimedGenerationAsync(year, areaId, cancellationToken) is { } generation)
            {
                await RecalculateWithRetriesAsync(year, areaId, cancellationToken);
                await faults.ReachedAsync(CollectiveBudgetFaultPoints.BudgetRecalculated, cancellationToken);
                if (await pending.CompleteAsync(year, areaId, generation, cancellationToken))
                {
                    return;
                }

                await pending.ClaimAsync(year, areaId, cancellationToken);
            }
        }
        catch
        {
            await pending.ReleaseAsync(year, areaId);
            throw;
        }
    }

    private async Task RecalculateWithRetriesAsync(SchoolYear year, Guid areaId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            try
            {
                var entry = await scope.ServiceProvider.GetRequiredService<FreedFundsRecalculation>().RecalculateAsync(year, areaId, cancellationToken);
                if (entry is not null)
                {
                    LogBooked(year.ToString(), areaId, entry.Amount);
                }

                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Someone else appended to this ledger first; read it again, the difference may be gone.
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Freed funds of {SchoolYear} in area {AreaId} adjusted by {Amount}")]
    private partial void LogBooked(string schoolYear, Guid areaId, decimal amount);
}
