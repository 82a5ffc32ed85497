using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Application.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

public sealed record GetProfessional(Guid ProfessionalId) : IQuery<ProfessionalDto>;

public sealed record ListProfessionals(string? Expertise, Guid? AreaId, bool? Active, int? Page, int? PageSize) : IQuery<PagedList<ProfessionalDto>>, IPagedQuery;

/// <param name="Weeks">How many weeks before the current one to show (0-52, default 4).</param>
public sealed record GetProfessionalLoad(Guid ProfessionalId, int? Weeks) : IQuery<ProfessionalLoadDto>;

internal sealed class ListProfessionalsValidator : AbstractValidator<ListProfessionals>
{
    public ListProfessionalsValidator()
    {
        RuleFor(q => q.Expertise).IsWireValue<ListProfessionals, Expertise>().When(q => q.Expertise is not null);
        Include(new PagingValidator<ListProfessionals>());
    }
}

internal sealed class GetProfessionalLoadValidator : AbstractValidator<GetProfessionalLoad>
{
    public const int MaxWeeks = 52;

    public GetProfessionalLoadValidator() =>
        RuleFor(q => q.Weeks).InclusiveBetween(0, MaxWeeks).When(q => q.Weeks is not null).WithMessage($"Show 0 to {MaxWeeks} past weeks.");
}

internal sealed class ProfessionalQueryHandlers(IProfessionalRepository professionals, IWorkloadQueries workloads, ISchoolDirectory schools, TimeProvider clock) :
    IQueryHandler<GetProfessional, ProfessionalDto>,
    IQueryHandler<ListProfessionals, PagedList<ProfessionalDto>>,
    IQueryHandler<GetProfessionalLoad, ProfessionalLoadDto>
{
    public async ValueTask<ProfessionalDto> Handle(GetProfessional query, CancellationToken cancellationToken) =>
        (await FindAsync(query.ProfessionalId, cancellationToken)).ToDto();

    public async ValueTask<PagedList<ProfessionalDto>> Handle(ListProfessionals query, CancellationToken cancellationToken)
    {
        if (query.AreaId is { } areaId && !await schools.AreaExistsAsync(areaId, cancellationToken))
        {
            throw InvalidRequestException.For("areaId", "Unknown area.");
        }

        var page = PageRequest.From(query.Page, query.PageSize);
        var filter = new ProfessionalFilter(query.Expertise is { } e ? WireName.Parse<Expertise>(e) : null, query.AreaId, query.Active);
        var (items, total) = await professionals.ListAsync(filter, page.Skip, page.PageSize, cancellationToken);
        return PagedList<ProfessionalDto>.Of(items.Select(p => p.ToDto()).ToList(), page, total);
    }

    public async ValueTask<ProfessionalLoadDto> Handle(GetProfessionalLoad query, CancellationToken cancellationToken)
    {
        var professional = await FindAsync(query.ProfessionalId, cancellationToken);
        var current = PoolCalendar.CurrentWeek(clock);
        var weeks = new List<IsoWeek> { current };
        for (var i = 0; i < (query.Weeks ?? 4); i++)
        {
            weeks.Insert(0, weeks[0].Previous);
        }

        var commitments = await workloads.CommitmentsAsync([professional.Id], weeks[0].Monday, cancellationToken);
        var rows = weeks.Select(week =>
        {
            var load = week == current ? Workload.Of(professional.Id, commitments, week) : new Workload(Workload.LoggedIn(professional.Id, commitments, week), 0);
            return new WeekLoadDto(week.ToString(), week.Monday, week.Sunday, load.LoggedInWeek, load.OpenHours, load.Total, professional.HoursPerWeek - load.Total);
        });
        return new ProfessionalLoadDto(professional.Id, professional.HoursPerWeek, current.ToString(), rows.ToList());
    }

    private async Task<Professional> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await professionals.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Professional", id);
}
