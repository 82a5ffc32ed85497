using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>
/// The map's facilities: by area, kind, needs offered (any of them), age, status; nearest first
/// with <c>DistanceM</c> when <c>Near</c> names a school (within <c>RadiusM</c> if given). Hidden and
/// withdrawn facilities only when <c>Status</c> asks for them, and only for their steward and admins.
/// </summary>
public sealed record ListFacilities(
    Guid? AreaId,
    FacilityKind? Kind,
    IReadOnlyList<Need>? Offers,
    Guid? Near,
    int? RadiusM,
    FacilityStatus? Status,
    int? Age,
    int? Page,
    int? PageSize) : IQuery<PagedList<FacilityDto>>, IPagedQuery;
