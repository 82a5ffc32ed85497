using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

public sealed record ListProfessionals(Expertise? Expertise, Guid? AreaId, bool? Active, int? Page, int? PageSize) : IQuery<PagedList<ProfessionalDto>>, IPagedQuery;

internal sealed class ListProfessionalsValidator : AbstractValidator<ListProfessionals>
{
    public ListProfessionalsValidator() => Include(new PagingValidator<ListProfessionals>());
}

internal sealed class ListProfessionalsHandler(IProfessionalRepository professionals, ISchoolDirectory schools)
    : IQueryHandler<ListProfessionals, PagedList<ProfessionalDto>>
{
    public async ValueTask<PagedList<ProfessionalDto>> Handle(ListProfessionals query, CancellationToken cancellationToken)
    {
        if (query.AreaId is { } areaId && !await schools.AreaExistsAsync(areaId, cancellationToken))
        {
            throw InvalidRequestException.For("areaId", "Unknown area.");
        }

        var page = PageRequest.From(query.Page, query.PageSize);
        var (items, total) = await professionals.ListAsync(new ProfessionalFilter(query.Expertise, query.AreaId, query.Active), page.Skip, page.PageSize, cancellationToken);
        return PagedList<ProfessionalDto>.Of(items.Select(p => p.ToDto()).ToList(), page, total);
    }
}
