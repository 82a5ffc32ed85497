using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;

namespace GeenKindDeBuurtUit.Monitoring.Application.Observations;

/// <summary>Observations by guiding principle, area (a cluster's observations count for its area) and period, newest first.</summary>
public sealed record ListObservations(int? Principle, Guid? AreaId, DateOnly? From, DateOnly? To, int? Page, int? PageSize)
    : IQuery<PagedList<ObservationDto>>, IPagedQuery;

internal sealed class ListObservationsValidator : AbstractValidator<ListObservations>
{
    public ListObservationsValidator()
    {
        RuleFor(q => q.Principle).Must(p => p is null || GuidingPrinciples.IsValid(p.Value)).WithMessage("A guiding principle is a number from 1 to 7.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The period ends on or after the day it starts.");
        Include(new PagingValidator<ListObservations>());
    }
}

internal sealed class ListObservationsHandler(IObservationQueries observations, ISchoolMapQueries map, UnitTreeCache maps)
    : IQueryHandler<ListObservations, PagedList<ObservationDto>>
{
    public async ValueTask<PagedList<ObservationDto>> Handle(ListObservations query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        var (items, total) = await observations.PageAsync(new ObservationFilter(query.Principle, query.AreaId, query.From, query.To), page, cancellationToken);
        var tree = await maps.TreeAsync(map, cancellationToken);
        return PagedList<ObservationDto>.Of(items.Select(o => o.ToDto(tree)).ToList(), page, total);
    }
}
