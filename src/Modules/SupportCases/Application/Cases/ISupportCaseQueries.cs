using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>Reads for answers that change nothing: the cases come back untracked, so a change to them is never saved.</summary>
public interface ISupportCaseQueries
{
    Task<SupportCase?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<(IReadOnlyList<SupportCase> Cases, int Total)> ListAsync(SupportCaseFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>A case as the API answers it: the answer kept when it was saved, or written now from the aggregate when none is kept.</summary>
    Task<WrittenCase?> FindWrittenAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A page as <see cref="ListAsync"/> reads it, each case as the API answers it (see <see cref="FindWrittenAsync"/>).</summary>
    Task<(IReadOnlyList<WrittenCase> Cases, int Total)> ListWrittenAsync(SupportCaseFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>A pupil's cases at one school: open first, then the newest opened first.</summary>
    Task<(IReadOnlyList<SupportCase> Cases, int Total)> OfPupilAsync(Guid schoolId, string pupilRef, PageRequest page, CancellationToken cancellationToken);
}

/// <param name="VisibleSchools">The caller's scope; null is every school.</param>
/// <param name="EscalatedInAreaId">Only escalated cases, of schools in this area (or any area when <c>EscalatedOnly</c> without an area).</param>
public sealed record SupportCaseFilter(
    IReadOnlySet<Guid>? VisibleSchools,
    Guid? SchoolId = null,
    CaseStatus? Status = null,
    int? Level = null,
    Need? Need = null,
    bool EscalatedOnly = false,
    Guid? AreaId = null);
