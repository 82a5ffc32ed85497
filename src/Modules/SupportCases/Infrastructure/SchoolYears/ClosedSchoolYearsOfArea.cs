using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;

/// <summary>
/// The closed years of the area a school is in now, as the Collective Budget module counts a
/// school's referrals in its current area (docs/adr/0031); the years whose monitoring figures are
/// closed; and the years whose referrals of the school were imported as history (docs/adr/0049).
/// </summary>
internal sealed class ClosedSchoolYearsOfArea(SupportCasesDbContext db) : IClosedSchoolYears
{
    // Every OT decision and change of a referral asks these three: compiled, they skip extracting
    // parameters from the LINQ expression and EF's query cache lookup (docs/adr/0088).
    private static readonly Func<SupportCasesDbContext, Guid, IAsyncEnumerable<int>> BudgetClosed = EF.CompileAsyncQuery(
        (SupportCasesDbContext context, Guid schoolId) => context.Set<SchoolYearClosure>().AsNoTracking()
            .Where(c => context.Set<SchoolPlacement>().Where(p => p.SchoolId == schoolId).Select(p => p.AreaId).Contains(c.AreaId))
            .Select(c => c.SchoolYearStart));

    private static readonly Func<SupportCasesDbContext, Guid, IAsyncEnumerable<int>> Imported = EF.CompileAsyncQuery(
        (SupportCasesDbContext context, Guid schoolId) => context.ReferralHistories.AsNoTracking()
            .Where(h => h.Rows.Any(r => r.SchoolId == schoolId)).Select(h => h.SchoolYearStart));

    private static readonly Func<SupportCasesDbContext, IAsyncEnumerable<int>> FiguresClosed = EF.CompileAsyncQuery(
        (SupportCasesDbContext context) => context.FiguresClosures.AsNoTracking().Where(c => c.Closed).Select(c => c.SchoolYearStart));

    public async Task<ClosedSchoolYears> OfSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var budget = await BudgetClosed(db, schoolId).ToListAsync(cancellationToken);
        var imported = await Imported(db, schoolId).ToListAsync(cancellationToken);
        return new ClosedSchoolYears(Years(budget), await FiguresClosedAsync(db, cancellationToken), Years(imported));
    }

    public static async Task<IReadOnlyList<SchoolYear>> FiguresClosedAsync(SupportCasesDbContext db, CancellationToken cancellationToken) =>
        Years(await FiguresClosed(db).ToListAsync(cancellationToken));

    private static List<SchoolYear> Years(IEnumerable<int> starts) => starts.Select(SchoolYear.Starting).ToList();
}
