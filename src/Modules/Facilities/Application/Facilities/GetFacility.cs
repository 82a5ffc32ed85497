using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Facilities.Application.Access;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

public sealed record GetFacility(Guid FacilityId) : IQuery<FacilityDto>;

internal sealed class GetFacilityHandler(IFacilityRepository facilities, FacilityAccess access, ConfirmationPolicy policy) : IQueryHandler<GetFacility, FacilityDto>
{
    public async ValueTask<FacilityDto> Handle(GetFacility query, CancellationToken cancellationToken) =>
        access.EnsureCanSee(await facilities.FindAsync(query.FacilityId, cancellationToken), query.FacilityId).ToDto(policy);
}
