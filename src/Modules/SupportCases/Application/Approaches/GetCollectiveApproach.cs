using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.SupportCases.Application.Access;

namespace GeenKindDeBuurtUit.SupportCases.Application.Approaches;

public sealed record GetCollectiveApproach(Guid ApproachId) : IQuery<CollectiveApproachDto>;

internal sealed class GetCollectiveApproachHandler(ICollectiveApproachRepository approaches, SupportCaseAccess access)
    : IQueryHandler<GetCollectiveApproach, CollectiveApproachDto>
{
    public async ValueTask<CollectiveApproachDto> Handle(GetCollectiveApproach query, CancellationToken cancellationToken)
    {
        var approach = await approaches.FindAsync(query.ApproachId, cancellationToken);
        if (approach is null || !approach.SchoolIds.Any(access.CanSee))
        {
            throw new NotFoundException("Collective approach", query.ApproachId);
        }

        return approach.ToDto();
    }
}
