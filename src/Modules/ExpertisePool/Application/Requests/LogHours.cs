using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Application.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Application.Validation;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>The assigned professional's hours on one date; the budget is charged for them, so a date in a school year the area's budget has closed is refused.</summary>
public sealed record LogHours(Guid RequestId, string? IfMatch, DateOnly On, decimal Hours) : ICommand<ExpertiseRequestDto>, IExpertiseRequestChange;

internal sealed class LogHoursValidator : AbstractValidator<LogHours>
{
    /// <summary>No entry is longer than a day; whether it fits the working day is a business rule (422).</summary>
    private const decimal HoursInADay = 24m;

    public LogHoursValidator(TimeProvider clock)
    {
        RuleFor(c => (DateOnly?)c.On).IsPastOrToday(clock);
        RuleFor(c => c.Hours).IsHours(HoursInADay);
    }
}

internal sealed class LogHoursHandler(
    ExpertiseRequestChanges changes,
    IProfessionalRepository professionals,
    IWorkloadQueries workloads,
    IClosedSchoolYears closedYears,
    TimeProvider clock)
    : ICommandHandler<LogHours, ExpertiseRequestDto>
{
    public async ValueTask<ExpertiseRequestDto> Handle(LogHours command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, ("on", command.On), async request =>
        {
            var assignee = request.ProfessionalId is { } id ? await professionals.FindAsync(id, cancellationToken) : null;
            var loggedThatDay = assignee is null ? 0 : await workloads.HoursLoggedOnAsync(assignee.Id, command.On, cancellationToken);
            var yearClosed = await closedYears.IsClosedAsync(request.AreaId, SchoolYear.Of(command.On), cancellationToken);
            var entry = request.LogHours(Guid.NewGuid(), assignee, command.On, command.Hours, loggedThatDay, SchoolCalendar.Today(clock), clock.GetUtcNow(), yearClosed);
            return new IntegrationEvent[]
            {
                new ExpertiseHoursLoggedIntegrationEvent(
                    entry.Id, request.Id, entry.ProfessionalId, request.SchoolId, request.ClusterId, request.AreaId, WireName.Of(request.Expertise), entry.On, entry.Hours),
            };
        }, cancellationToken);
}
