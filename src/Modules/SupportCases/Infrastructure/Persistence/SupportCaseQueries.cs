using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

/// <summary>
/// The read side (docs/adr/0021): untracked, and one statement per page instead of one per child
/// table. A case's children come joined in the same statement; their product per case is small
/// (a support route has a handful of each), and SQLite runs the page's filter and order once
/// instead of once per child table.
/// </summary>
internal sealed class SupportCaseQueries(SupportCasesDbContext db, CaseAnswers answers) : ISupportCaseQueries
{
    // The hottest read: compiled once, so a request skips building the LINQ expression and looking it up in the query cache.
    private static readonly Func<SupportCasesDbContext, Guid, CancellationToken, Task<SupportCase?>> CaseById =
        EF.CompileAsyncQuery((SupportCasesDbContext context, Guid id, CancellationToken _) =>
            context.Cases.AsNoTracking().AsSingleQuery().SingleOrDefault(c => c.Id == id));

    // A case's row alone, with its kept answer: no child table, no aggregate (docs/adr/0074).
    private static readonly System.Linq.Expressions.Expression<Func<SupportCase, KeptAnswer>> Kept = c => new KeptAnswer(
        c.Id, c.SchoolId, c.Version, EF.Property<byte[]?>(c, CaseAnswers.JsonColumn), EF.Property<int?>(c, CaseAnswers.ShapeColumn));

    private static readonly Func<SupportCasesDbContext, Guid, CancellationToken, Task<KeptAnswer?>> KeptAnswerById =
        EF.CompileAsyncQuery((SupportCasesDbContext context, Guid id, CancellationToken _) =>
            context.Cases.Where(c => c.Id == id).Select(Kept).SingleOrDefault());

    // The list a school's administration system asks for most: one school's cases, nothing else filtered. Compiled, like
    // the single read, so a page skips EF's query cache lookup and parameter extraction (docs/adr/0075).
    private static readonly Func<SupportCasesDbContext, Guid, int, int, IAsyncEnumerable<KeptAnswer>> KeptPageOfSchool =
        EF.CompileAsyncQuery((SupportCasesDbContext context, Guid schoolId, int skip, int take) =>
            context.Cases.Where(c => c.SchoolId == schoolId).OrderBy(c => c.OpenedOn).ThenBy(c => c.Id).Skip(skip).Take(take).Select(Kept));

    private static readonly Func<SupportCasesDbContext, Guid, CancellationToken, Task<int>> CountOfSchool =
        EF.CompileAsyncQuery((SupportCasesDbContext context, Guid schoolId, CancellationToken _) => context.Cases.Count(c => c.SchoolId == schoolId));

    public Task<SupportCase?> FindAsync(Guid id, CancellationToken cancellationToken) => CaseById(db, id, cancellationToken);

    public async Task<WrittenCase?> FindWrittenAsync(Guid id, CancellationToken cancellationToken)
    {
        var kept = await KeptAnswerById(db, id, cancellationToken);
        if (kept is null)
        {
            return null;
        }

        if (kept.Served(answers.Shape) is { } written)
        {
            return written;
        }

        return await FindAsync(id, cancellationToken) is { } supportCase ? answers.Written(supportCase) : null;
    }

    public async Task<(IReadOnlyList<WrittenCase> Cases, int Total)> ListWrittenAsync(SupportCaseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var cases = Filtered(filter);
        var (kept, total) = OneSchool(filter) is { } schoolId
            ? await WithTotalAsync(KeptPageOfSchool(db, schoolId, page.Skip, page.PageSize), () => CountOfSchool(db, schoolId, cancellationToken), page, cancellationToken)
            : await WithTotalAsync(cases, Page(cases, page).Select(Kept), page, cancellationToken);
        var written = kept.Select(k => k.Served(answers.Shape)).OfType<WrittenCase>().ToList();
        if (written.Count == kept.Count)
        {
            return (written, total);
        }

        // Some case of the page was saved before answers were kept, or under another shape: the page is read from its aggregates.
        var (aggregates, recounted) = await WithTotalAsync(cases, Page(cases, page), page, cancellationToken);
        return (aggregates.Select(answers.Written).ToList(), recounted);
    }

    public async Task<(IReadOnlyList<SupportCase> Cases, int Total)> ListAsync(SupportCaseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var cases = Filtered(filter);
        return await WithTotalAsync(cases, Page(cases, page), page, cancellationToken);
    }

    public async Task<(IReadOnlyList<SupportCase> Cases, int Total)> OfPupilAsync(Guid schoolId, string pupilRef, PageRequest page, CancellationToken cancellationToken)
    {
        var cases = OfPupil(schoolId, pupilRef);
        return await WithTotalAsync(cases, PupilPage(cases, page), page, cancellationToken);
    }

    /// <summary>The statement of one page, in list order (a school's page walks the index on school, opening date and id).</summary>
    internal IQueryable<SupportCase> PageOf(SupportCaseFilter filter, PageRequest page) => Page(Filtered(filter), page);

    /// <summary>The statement of one page of a pupil's cases; it finds them through the index on school, pupil and status.</summary>
    internal IQueryable<SupportCase> PupilPageOf(Guid schoolId, string pupilRef, PageRequest page) => PupilPage(OfPupil(schoolId, pupilRef), page);

    /// <summary>The school of a filter that asks for one school's cases and nothing else, when the caller may see it.</summary>
    private static Guid? OneSchool(SupportCaseFilter filter) =>
        filter is { SchoolId: { } schoolId, Status: null, Level: null, Need: null, EscalatedOnly: false, AreaId: null }
            && (filter.VisibleSchools is null || filter.VisibleSchools.Contains(schoolId))
            ? schoolId
            : null;

    private static Task<(IReadOnlyList<T> Items, int Total)> WithTotalAsync<T>(
        IQueryable<SupportCase> cases, IQueryable<T> pageOfThem, PageRequest page, CancellationToken cancellationToken) =>
        WithTotalAsync(pageOfThem.AsAsyncEnumerable(), () => cases.CountAsync(cancellationToken), page, cancellationToken);

    private static async Task<(IReadOnlyList<T> Items, int Total)> WithTotalAsync<T>(
        IAsyncEnumerable<T> pageOfThem, Func<Task<int>> count, PageRequest page, CancellationToken cancellationToken)
    {
        var items = new List<T>(page.PageSize);
        await foreach (var item in pageOfThem.WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        // A page that is not full, and holds something or is the first, already tells the total: no count needed.
        var total = items.Count < page.PageSize && (items.Count > 0 || page.Skip == 0)
            ? page.Skip + items.Count
            : await count();
        return (items, total);
    }

    private static IQueryable<SupportCase> Page(IQueryable<SupportCase> cases, PageRequest page) =>
        cases.OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .AsSingleQuery();

    // A pupil has a handful of cases at a school (one open at most): sorting them costs nothing once the index has found them.
    private static IQueryable<SupportCase> PupilPage(IQueryable<SupportCase> cases, PageRequest page) =>
        cases.OrderBy(c => c.Status == CaseStatus.Open ? 0 : 1).ThenByDescending(c => c.OpenedOn).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .AsSingleQuery();

    private IQueryable<SupportCase> OfPupil(Guid schoolId, string pupilRef) =>
        db.Cases.AsNoTracking().Where(c => c.SchoolId == schoolId && c.PupilRef == pupilRef);

    private IQueryable<SupportCase> Filtered(SupportCaseFilter filter)
    {
        var cases = db.Cases.AsNoTracking();
        if (filter.VisibleSchools is { } visible)
        {
            var schoolIds = visible.ToList();
            cases = cases.Where(c => schoolIds.Contains(c.SchoolId));
        }

        if (filter.SchoolId is { } schoolId)
        {
            cases = cases.Where(c => c.SchoolId == schoolId);
        }

        if (filter.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (filter.Level is { } level)
        {
            cases = cases.Where(c => c.Level == level);
        }

        if (filter.Need is { } need)
        {
            cases = cases.Where(c => c.Needs.Contains(need));
        }

        if (filter.EscalatedOnly)
        {
            cases = cases.Where(c => c.Escalations.Any());
        }

        if (filter.AreaId is { } areaId)
        {
            var schoolsInArea = db.SchoolPlacements().Where(p => p.AreaId == areaId).Select(p => p.SchoolId);
            cases = cases.Where(c => schoolsInArea.Contains(c.SchoolId));
        }

        return cases;
    }

    private sealed record KeptAnswer(Guid Id, Guid SchoolId, long Version, byte[]? Json, int? Shape)
    {
        public WrittenCase? Served(int currentShape) =>
            Json is { } json && Shape == currentShape ? new WrittenCase(Id, SchoolId, Version.ToString(CultureInfo.InvariantCulture), json) : null;
    }
}
