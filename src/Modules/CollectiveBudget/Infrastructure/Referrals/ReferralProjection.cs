using System.Linq.Expressions;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

/// <summary>
/// Counts standing referrals per type at the schools an area holds now (a school that moved counts in its new area),
/// recorded and imported alike: an imported year's counts take the place its recorded referrals would have.
/// </summary>
internal sealed class ReferralProjection(CollectiveBudgetDbContext db) : IReferralProjection
{
    // The statements every budget summary runs, compiled once: a request skips building and looking up their expressions.
    private static readonly Expression<Func<CollectiveBudgetDbContext, int, int, Guid, IQueryable<KindCount>>> CountingOf =
        (context, fromYear, toYear, areaId) => context.ReferralRecords.AsNoTracking()
            .Where(r => r.SchoolYearStart >= fromYear && r.SchoolYearStart <= toYear
                && context.Set<SchoolPlacement>().Where(p => p.AreaId == areaId).Select(p => p.SchoolId).Contains(r.SchoolId)
                && r.Referrals > r.Withdrawals)
            .GroupBy(r => new { r.SchoolYearStart, r.Kind })
            .Select(g => new KindCount(g.Key.SchoolYearStart, g.Key.Kind, g.Count()));

    private static readonly Func<CollectiveBudgetDbContext, int, int, Guid, IAsyncEnumerable<KindCount>> RecordedCounts = EF.CompileAsyncQuery(CountingOf);

    private static readonly Func<CollectiveBudgetDbContext, int, int, Guid, IQueryable<KindCount>> CountingStatement = CountingOf.Compile();

    // Imported counts summed per year; a school the latest import left out holds zeros.
    private static readonly Func<CollectiveBudgetDbContext, int, int, Guid, IAsyncEnumerable<ImportedCount>> ImportedCounts = EF.CompileAsyncQuery(
        (CollectiveBudgetDbContext context, int fromYear, int toYear, Guid areaId) => context.ImportedReferrals.AsNoTracking()
            .Where(h => h.SchoolYearStart >= fromYear && h.SchoolYearStart <= toYear
                && context.Set<SchoolPlacement>().Where(p => p.AreaId == areaId).Select(p => p.SchoolId).Contains(h.SchoolId))
            .GroupBy(h => h.SchoolYearStart)
            .Select(g => new ImportedCount(g.Key, g.Sum(h => h.Sbo), g.Sum(h => h.SoLow), g.Sum(h => h.SoMedium), g.Sum(h => h.SoHigh))));

    private static readonly Func<CollectiveBudgetDbContext, int, CancellationToken, Task<bool>> AnyImported = EF.CompileAsyncQuery(
        (CollectiveBudgetDbContext context, int schoolYearStart, CancellationToken _) =>
            context.ImportedReferrals.Any(h => h.SchoolYearStart == schoolYearStart && !h.Removed));

    public async Task<ReferralCounts> CountAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken) =>
        (await CountAsync(schoolYear.StartYear, schoolYear.StartYear, areaId, cancellationToken)).GetValueOrDefault(schoolYear.StartYear, ReferralCounts.None);

    public async Task<(ReferralCounts PreviousYear, ReferralCounts Actual)> CountWithPreviousYearAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        var counts = await CountAsync(schoolYear.Previous.StartYear, schoolYear.StartYear, areaId, cancellationToken);
        return (counts.GetValueOrDefault(schoolYear.Previous.StartYear, ReferralCounts.None), counts.GetValueOrDefault(schoolYear.StartYear, ReferralCounts.None));
    }

    public Task<bool> IsImportedAsync(SchoolYear schoolYear, CancellationToken cancellationToken) => AnyImported(db, schoolYear.StartYear, cancellationToken);

    // Support Cases takes no import for a year with recorded referrals, so one of the two is empty for a
    // year; adding them rather than choosing keeps a referral recorded late in an imported year counted.
    private async Task<Dictionary<int, ReferralCounts>> CountAsync(int fromYear, int toYear, Guid areaId, CancellationToken cancellationToken)
    {
        var recorded = await RecordedCounts(db, fromYear, toYear, areaId).ToListAsync(cancellationToken);
        var imported = await ImportedCounts(db, fromYear, toYear, areaId).ToListAsync(cancellationToken);
        var counts = recorded.GroupBy(c => c.SchoolYearStart)
            .ToDictionary(year => year.Key, year => ReferralCounts.From(year.ToDictionary(c => c.Kind, c => c.Count)));
        foreach (var year in imported)
        {
            counts[year.SchoolYearStart] = counts.GetValueOrDefault(year.SchoolYearStart, ReferralCounts.None) + new ReferralCounts(year.Sbo, year.SoLow, year.SoMedium, year.SoHigh);
        }

        return counts;
    }

    /// <summary>The one statement that counts recorded referrals, as the summary runs it; it reads only the index on school, year, kind and counts.</summary>
    internal IQueryable<KindCount> Counting(int fromYear, int toYear, Guid areaId) => CountingStatement(db, fromYear, toYear, areaId);

    internal sealed record KindCount(int SchoolYearStart, ReferralKind Kind, int Count);

    private sealed record ImportedCount(int SchoolYearStart, int Sbo, int SoLow, int SoMedium, int SoHigh);
}
