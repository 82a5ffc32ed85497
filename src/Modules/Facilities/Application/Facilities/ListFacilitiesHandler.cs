using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Facilities.Application.Access;
using GeenKindDeBuurtUit.Facilities.Application.Directory;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Rules;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

internal sealed class ListFacilitiesValidator : AbstractValidator<ListFacilities>
{
    public const int MaxRadiusM = 50_000;

    public ListFacilitiesValidator()
    {
        Include(new PagingValidator<ListFacilities>());
        RuleFor(q => q.RadiusM).InclusiveBetween(1, MaxRadiusM).When(q => q.RadiusM is not null);
        RuleFor(q => q.RadiusM).Null().When(q => q.Near is null).WithMessage("A radius is measured from a school: give near as well.");
        RuleFor(q => q.Age).InclusiveBetween(0, AgeRangeRule.MaxAge).When(q => q.Age is not null);
        RuleFor(q => q.Near).NotEqual(Guid.Empty).When(q => q.Near is not null);
    }
}

/// <summary>
/// The map holds hundreds of facilities, not millions (docs/adr/0059): the stored fields and a box
/// around the school filter in the database, the needs, the exact distance and the page in memory.
/// </summary>
internal sealed class ListFacilitiesHandler(IFacilityRepository facilities, ISchoolMap schools, FacilityAccess access, ConfirmationPolicy policy)
    : IQueryHandler<ListFacilities, PagedList<FacilityDto>>
{
    private static readonly FacilityStatus[] OnMap = [FacilityStatus.Active, FacilityStatus.Stale, FacilityStatus.Disputed];

    public async ValueTask<PagedList<FacilityDto>> Handle(ListFacilities query, CancellationToken cancellationToken)
    {
        var origin = query.Near is { } schoolId ? await OriginAsync(schoolId, cancellationToken) : (GeoPoint?)null;
        var offMap = query.Status is FacilityStatus.Hidden or FacilityStatus.Withdrawn;
        var filter = new FacilityFilter(
            query.AreaId, query.Kind, query.Status is { } status ? [status] : OnMap, offMap && !access.IsAdmin ? access.Subject : null, query.Age,
            origin is { } from && query.RadiusM is { } radius ? from.BoxAround(radius) : null);
        var found = await facilities.ListAsync(filter, cancellationToken);
        var offers = query.Offers ?? [];
        var matching = found
            .Where(f => offers.Count == 0 || f.Offers.Any(offers.Contains))
            .Select(f => (Facility: f, Distance: origin is { } point ? point.MetresTo(f.Location) : (double?)null))
            .Where(m => query.RadiusM is not { } radius || m.Distance <= radius)
            .OrderBy(m => m.Distance ?? 0).ThenBy(m => m.Facility.Name, StringComparer.Ordinal).ThenBy(m => m.Facility.Id)
            .ToList();
        var page = PageRequest.From(query.Page, query.PageSize);
        return PagedList<FacilityDto>.Of([.. matching.Skip(page.Skip).Take(page.PageSize).Select(m => m.Facility.ToDto(policy, m.Distance))], page, matching.Count);
    }

    private async Task<GeoPoint> OriginAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var school = await schools.FindSchoolAsync(schoolId, cancellationToken) ?? throw InvalidRequestException.For("near", "Unknown school.");
        return school.Location ?? throw new BusinessRuleViolationException(new SchoolLocatedRule(school));
    }
}
