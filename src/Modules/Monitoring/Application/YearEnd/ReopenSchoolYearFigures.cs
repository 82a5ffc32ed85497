using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;
using GeenKindDeBuurtUit.Monitoring.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Application.YearEnd;

/// <summary>Reopens a closed year's figures, for a correction of history; the reason is kept with the year for good.</summary>
public sealed record ReopenSchoolYearFigures(string SchoolYear, string Reason, string? IfMatch = null) : ICommand<FiguresClosureDto>;

internal sealed class ReopenSchoolYearFiguresValidator : AbstractValidator<ReopenSchoolYearFigures>
{
    public ReopenSchoolYearFiguresValidator()
    {
        RuleFor(c => c.SchoolYear).IsSchoolYear();
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class ReopenSchoolYearFiguresHandler(
    ISchoolYearFiguresRepository years, IMonitoringUnitOfWork unitOfWork, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ReopenSchoolYearFigures, FiguresClosureDto>
{
    public async ValueTask<FiguresClosureDto> Handle(ReopenSchoolYearFigures command, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(command.SchoolYear);
        // A year nobody closed is open: the rule refuses its reopening as it does any open year's.
        var figures = await years.FindAsync(year.StartYear, cancellationToken) ?? SchoolYearFigures.Open(year);
        ConcurrencyCheck.EnsureMatches(figures, command.IfMatch, "SchoolYearFigures");

        var reason = command.Reason.Trim();
        var step = figures.Reopen(YearEndClock.Now(clock), actor.Subject, reason);
        unitOfWork.Publish(new SchoolYearFiguresReopenedIntegrationEvent(year.ToString(), step.Revision, step.At, reason));
        await unitOfWork.CommitAsync(cancellationToken);
        return figures.ToDto();
    }
}
