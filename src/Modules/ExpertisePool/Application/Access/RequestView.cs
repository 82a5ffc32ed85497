using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Application.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Access;

/// <summary>
/// A request as its caller may read it. A cluster's request is seen by every school in the
/// cluster, but its support case and note are about one pupil at one school: a school token reads
/// them only when the case is at one of its own schools, or, without a case, when one of its
/// schools made the request. Otherwise both are null (docs/adr/0033).
/// </summary>
public sealed class RequestView(PoolAccess access, ISupportCaseDirectory supportCases)
{
    public async Task<ExpertiseRequestDto> ShowAsync(ExpertiseRequest request, CancellationToken cancellationToken)
    {
        var dto = request.ToDto();
        if ((await access.ScopeAsync(cancellationToken)).IsAll || !request.IsClusterRequest)
        {
            return dto;
        }

        return await ShowsPupilDetailsAsync(request, access.ActingSchoolIds, cancellationToken) ? dto : dto with { SupportCaseId = null, Note = null };
    }

    public async Task<IReadOnlyList<ExpertiseRequestDto>> ShowAllAsync(IEnumerable<ExpertiseRequest> requests, CancellationToken cancellationToken)
    {
        var shown = new List<ExpertiseRequestDto>();
        foreach (var request in requests)
        {
            shown.Add(await ShowAsync(request, cancellationToken));
        }

        return shown;
    }

    private async Task<bool> ShowsPupilDetailsAsync(ExpertiseRequest request, IReadOnlySet<Guid> own, CancellationToken cancellationToken) =>
        request.SupportCaseId is { } caseId
            ? await supportCases.FindAsync(caseId, cancellationToken) is { } supportCase && own.Contains(supportCase.SchoolId)
            : request.IsRequestedByAny(own);
}
