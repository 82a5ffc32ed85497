using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

/// <summary>
/// The pending rows as one run of the job sees them. Every step is one conditional statement in
/// a scope of its own, so it commits at once and another run sees it: a claim is an update that
/// hits only an unclaimed (or expired) row, completion a delete that hits only an unchanged one.
/// </summary>
internal sealed class PendingRecalculations(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RecalculationOptions> options)
{
    private const int MaxAttempts = 5;

    public string Run { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task<IReadOnlyList<(SchoolYear SchoolYear, Guid AreaId)>> DueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await Db(scope).PendingRecalculations.AsNoTracking()
            .Where(p => p.ClaimedUntil == null || p.ClaimedUntil < now)
            .OrderBy(p => p.RequestedAt)
            .Select(p => new { p.SchoolYearStart, p.AreaId })
            .ToListAsync(cancellationToken);
        return due.Select(p => (SchoolYear.Starting(p.SchoolYearStart), p.AreaId)).ToList();
    }

    /// <summary>Asks without signalling a background run: the caller works the request off itself.</summary>
    public async Task RequestAsync(SchoolYear year, Guid areaId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            var db = Db(scope);
            try
            {
                await RecalculationRequests.UpsertAsync(db, year.StartYear, areaId, clock.GetUtcNow().UtcDateTime, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another request created or moved the row at the same moment; ask again on what is there now.
            }
        }
    }

    /// <summary>Takes the row, or renews this run's hold on it.</summary>
    public async Task<bool> ClaimAsync(SchoolYear year, Guid areaId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.Lease;
        var claimed = await Row(Db(scope), year, areaId)
            .Where(p => p.ClaimedBy == Run || p.ClaimedUntil == null || p.ClaimedUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClaimedUntil, until).SetProperty(p => p.ClaimedBy, Run), cancellationToken);
        return claimed == 1;
    }

    /// <returns>The generation this run works on, or null when the row is no longer this run's.</returns>
    public async Task<long?> ClaimedGenerationAsync(SchoolYear year, Guid areaId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await Row(Db(scope), year, areaId).AsNoTracking().Where(p => p.ClaimedBy == Run)
            .Select(p => (long?)p.Generation).SingleOrDefaultAsync(cancellationToken);
    }

    /// <returns>False when a request came in during the run: the row stays, and the run goes again.</returns>
    public async Task<bool> CompleteAsync(SchoolYear year, Guid areaId, long generation, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await Row(Db(scope), year, areaId).Where(p => p.Generation == generation && p.ClaimedBy == Run)
            .ExecuteDeleteAsync(cancellationToken) == 1;
    }

    public async Task ReleaseAsync(SchoolYear year, Guid areaId)
    {
        using var scope = scopes.CreateScope();
        await Row(Db(scope), year, areaId).Where(p => p.ClaimedBy == Run)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClaimedUntil, (DateTime?)null).SetProperty(p => p.ClaimedBy, (string?)null), CancellationToken.None);
    }

    private static IQueryable<PendingRecalculation> Row(CollectiveBudgetDbContext db, SchoolYear year, Guid areaId) =>
        db.PendingRecalculations.Where(p => p.SchoolYearStart == year.StartYear && p.AreaId == areaId);

    private static CollectiveBudgetDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<CollectiveBudgetDbContext>();
}
