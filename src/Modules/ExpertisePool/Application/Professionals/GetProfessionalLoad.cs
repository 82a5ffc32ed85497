using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

/// <param name="Weeks">How many weeks before the current one to show (0-52, default 4).</param>
public sealed record GetProfessionalLoad(Guid ProfessionalId, int? Weeks) : IQuery<ProfessionalLoadDto>;

internal sealed class GetProfessionalLoadValidator : AbstractValidator<GetProfessionalLoad>
{
    public const int MaxWeeks = 52;

    public GetProfessionalLoadValidator() =>
        RuleFor(q => q.Weeks).InclusiveBetween(0, MaxWeeks).When(q => q.Weeks is not null).WithMessage($"Show 0 to {MaxWeeks} past weeks.");
}

internal sealed class GetProfessionalLoadHandler(IProfessionalRepository professionals, IWorkloadQueries workloads, TimeProvider clock)
    : IQueryHandler<GetProfessionalLoad, ProfessionalLoadDto>
{
    public async ValueTask<ProfessionalLoadDto> Handle(GetProfessionalLoad query, CancellationToken cancellationToken)
    {
        var professional = await professionals.FindAsync(query.ProfessionalId, cancellationToken)
            ?? throw new NotFoundException("Professional", query.ProfessionalId);
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
}
