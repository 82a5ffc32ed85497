using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Application.Observations;

public sealed record GetObservation(Guid ObservationId) : IQuery<ObservationDto>;

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

internal sealed class ObservationQueryHandlers(MonitoringDbContext db, UnitTreeCache maps) :
    IQueryHandler<GetObservation, ObservationDto>,
    IQueryHandler<ListObservations, PagedList<ObservationDto>>
{
    public async ValueTask<ObservationDto> Handle(GetObservation query, CancellationToken cancellationToken)
    {
        var observation = await db.Observations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.ObservationId, cancellationToken)
            ?? throw new NotFoundException("Observation", query.ObservationId);
        return observation.ToDto(await maps.TreeAsync(db, cancellationToken));
    }

    public async ValueTask<PagedList<ObservationDto>> Handle(ListObservations query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        var observations = db.Observations.AsNoTracking();
        if (query.Principle is { } principle)
        {
            var bit = GuidingPrinciples.Bit(principle);
            observations = observations.Where(o => (o.PrincipleMask & bit) != 0);
        }

        if (query.AreaId is { } area)
        {
            observations = observations.Where(o => o.AreaId == area);
        }

        if (query.From is { } from)
        {
            observations = observations.Where(o => o.On >= from);
        }

        if (query.To is { } to)
        {
            observations = observations.Where(o => o.On <= to);
        }

        var total = await observations.CountAsync(cancellationToken);
        var items = await observations.OrderByDescending(o => o.On).ThenByDescending(o => o.RecordedAt).ThenBy(o => o.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var tree = await maps.TreeAsync(db, cancellationToken);
        return PagedList<ObservationDto>.Of(items.Select(o => o.ToDto(tree)).ToList(), page, total);
    }
}
