using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

public sealed record GetExpertiseRequest(Guid RequestId) : IQuery<ExpertiseRequestDto>;

public sealed record ListExpertiseRequests(string? Status, Guid? AreaId, string? Expertise, int? Page, int? PageSize) : IQuery<PagedList<ExpertiseRequestDto>>, IPagedQuery;

/// <summary>The coordinators' waiting list: requests without a professional, urgent first, then oldest first.</summary>
public sealed record ListWaitingExpertiseRequests(Guid? AreaId, string? Expertise, int? Page, int? PageSize) : IQuery<PagedList<ExpertiseRequestDto>>, IPagedQuery;

internal sealed class ListExpertiseRequestsValidator : AbstractValidator<ListExpertiseRequests>
{
    public ListExpertiseRequestsValidator()
    {
        RuleFor(q => q.Status).IsWireValue<ListExpertiseRequests, RequestStatus>().When(q => q.Status is not null);
        RuleFor(q => q.Expertise).IsWireValue<ListExpertiseRequests, Expertise>().When(q => q.Expertise is not null);
        Include(new PagingValidator<ListExpertiseRequests>());
    }
}

internal sealed class ListWaitingExpertiseRequestsValidator : AbstractValidator<ListWaitingExpertiseRequests>
{
    public ListWaitingExpertiseRequestsValidator()
    {
        RuleFor(q => q.Expertise).IsWireValue<ListWaitingExpertiseRequests, Expertise>().When(q => q.Expertise is not null);
        Include(new PagingValidator<ListWaitingExpertiseRequests>());
    }
}

internal sealed class ExpertiseRequestQueryHandlers(
    IExpertiseRequestRepository requests, IExpertiseRequestQueries queries, ISchoolDirectory schools, PoolAccess access, RequestView view) :
    IQueryHandler<GetExpertiseRequest, ExpertiseRequestDto>,
    IQueryHandler<ListExpertiseRequests, PagedList<ExpertiseRequestDto>>,
    IQueryHandler<ListWaitingExpertiseRequests, PagedList<ExpertiseRequestDto>>
{
    public async ValueTask<ExpertiseRequestDto> Handle(GetExpertiseRequest query, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(query.RequestId, cancellationToken) ?? throw new NotFoundException("Expertise request", query.RequestId);
        await access.EnsureCanSeeAsync(request, cancellationToken);
        return await view.ShowAsync(request, cancellationToken);
    }

    public async ValueTask<PagedList<ExpertiseRequestDto>> Handle(ListExpertiseRequests query, CancellationToken cancellationToken) =>
        await ListAsync(query, new ExpertiseRequestFilter(
            await access.ScopeAsync(cancellationToken),
            query.Status is { } status ? WireName.Parse<RequestStatus>(status) : null,
            query.AreaId,
            Expertise(query.Expertise)), cancellationToken);

    public async ValueTask<PagedList<ExpertiseRequestDto>> Handle(ListWaitingExpertiseRequests query, CancellationToken cancellationToken) =>
        await ListAsync(query, new ExpertiseRequestFilter(
            await access.ScopeAsync(cancellationToken), RequestStatus.Requested, query.AreaId, Expertise(query.Expertise), WaitingList: true), cancellationToken);

    private static Expertise? Expertise(string? wire) => wire is null ? null : WireName.Parse<Expertise>(wire);

    private async Task<PagedList<ExpertiseRequestDto>> ListAsync(IPagedQuery query, ExpertiseRequestFilter filter, CancellationToken cancellationToken)
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
