using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>One page of requests as its caller may read them, for both lists: an unknown area is bad input (400), not an empty page.</summary>
internal sealed class RequestPages(IExpertiseRequestQueries queries, ISchoolDirectory schools, RequestView view)
{
    public async Task<PagedList<ExpertiseRequestDto>> ListAsync(IPagedQuery query, ExpertiseRequestFilter filter, CancellationToken cancellationToken)
    {
        if (filter.AreaId is { } areaId && !await schools.AreaExistsAsync(areaId, cancellationToken))
        {
            throw InvalidRequestException.For("areaId", "Unknown area.");
        }

        var page = PageRequest.From(query.Page, query.PageSize);
        var (items, total) = await queries.ListAsync(filter, page, cancellationToken);
        return PagedList<ExpertiseRequestDto>.Of([.. await view.ShowAllAsync(items, cancellationToken)], page, total);
    }
}
