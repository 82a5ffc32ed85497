using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Facilities.Application.Access;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.History;

/// <summary>Every change of a facility, oldest first: for its steward, admin, swv and coordinator.</summary>
public sealed record ListFacilityHistory(Guid FacilityId, int? Page, int? PageSize) : IQuery<PagedList<FacilityHistoryEntryDto>>, IPagedQuery;

internal sealed class ListFacilityHistoryValidator : AbstractValidator<ListFacilityHistory>
{
    public ListFacilityHistoryValidator() => Include(new PagingValidator<ListFacilityHistory>());
}

internal sealed class ListFacilityHistoryHandler(IFacilityRepository facilities, IFacilityHistoryQueries history, FacilityAccess access)
    : IQueryHandler<ListFacilityHistory, PagedList<FacilityHistoryEntryDto>>
{
    public async ValueTask<PagedList<FacilityHistoryEntryDto>> Handle(ListFacilityHistory query, CancellationToken cancellationToken)
    {
        var facility = access.EnsureCanSee(await facilities.FindAsync(query.FacilityId, cancellationToken), query.FacilityId);
        access.EnsureSteward(facility, managersToo: true);
        var page = PageRequest.From(query.Page, query.PageSize);
        var (items, total) = await history.ListAsync(facility.Id, page, cancellationToken);
        return PagedList<FacilityHistoryEntryDto>.Of(
            [.. items.Select(e => new FacilityHistoryEntryDto(
                new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc)), e.By, e.Action, [.. e.Changes.Select(c => new FieldChangeDto(c.Field, c.From, c.To))]))],
            page, total);
    }
}
