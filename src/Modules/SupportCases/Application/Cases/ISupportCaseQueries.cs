using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public interface ISupportCaseQueries
{
    Task<(IReadOnlyList<SupportCase> Cases, int Total)> ListAsync(SupportCaseFilter filter, PageRequest page, CancellationToken cancellationToken);
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
