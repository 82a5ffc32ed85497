using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class SupportCaseRepository(SupportCasesDbContext db) : ISupportCaseRepository
{
    // One statement for the case and its six owned collections, as the read side does (docs/adr/0021): a case's
    // children multiply to a few dozen rows, cheaper than seven statements prepared and run one after another.
    // Every change to a case starts here: compiled, it skips extracting parameters from the LINQ expression
    // and looking it up in EF's query cache (docs/adr/0088).
    private static readonly Func<SupportCasesDbContext, Guid, CancellationToken, Task<SupportCase?>> CaseById = EF.CompileAsyncQuery(
        (SupportCasesDbContext context, Guid id, CancellationToken _) => context.Cases.AsSingleQuery().SingleOrDefault(c => c.Id == id));

    public Task<SupportCase?> FindAsync(Guid id, CancellationToken cancellationToken) => CaseById(db, id, cancellationToken);

    public void Add(SupportCase supportCase) => db.Cases.Add(supportCase);

    // Every case opened asks it: compiled, the question skips building the LINQ expression and EF's
    // cache lookup. Its condition is OpenCasesOf's, whose plan the query plan tests check.
    private static readonly Func<SupportCasesDbContext, Guid, string, CancellationToken, Task<Guid?>> OpenCaseId = EF.CompileAsyncQuery(
        (SupportCasesDbContext context, Guid schoolId, string pupilRef, CancellationToken _) => context.Cases
            .Where(c => c.SchoolId == schoolId && c.PupilRef == pupilRef && c.Status == CaseStatus.Open).Select(c => (Guid?)c.Id).FirstOrDefault());

    public Task<Guid?> FindOpenCaseIdAsync(Guid schoolId, string pupilRef, CancellationToken cancellationToken) =>
        OpenCaseId(db, schoolId, pupilRef, cancellationToken);

    /// <summary>The pupil's open cases at the school, found through the index on school, pupil and status.</summary>
    internal IQueryable<SupportCase> OpenCasesOf(Guid schoolId, string pupilRef) =>
        db.Cases.Where(c => c.SchoolId == schoolId && c.PupilRef == pupilRef && c.Status == CaseStatus.Open);
}
