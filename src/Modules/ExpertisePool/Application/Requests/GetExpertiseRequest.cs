using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

public sealed record GetExpertiseRequest(Guid RequestId) : IQuery<ExpertiseRequestDto>;

internal sealed class GetExpertiseRequestHandler(IExpertiseRequestRepository requests, PoolAccess access, RequestView view)
    : IQueryHandler<GetExpertiseRequest, ExpertiseRequestDto>
{
    public async ValueTask<ExpertiseRequestDto> Handle(GetExpertiseRequest query, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(query.RequestId, cancellationToken) ?? throw new NotFoundException("Expertise request", query.RequestId);
        await access.EnsureCanSeeAsync(request, cancellationToken);
        return await view.ShowAsync(request, cancellationToken);
    }
}
