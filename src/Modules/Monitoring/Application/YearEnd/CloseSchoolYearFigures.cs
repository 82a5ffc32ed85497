using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;
using GeenKindDeBuurtUit.Monitoring.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Application.YearEnd;

/// <summary>
/// Closes a school year's figures as published; <c>IfMatch</c> is the client's expected revision.
/// The closing and its event are stored together or not at all (the module's outbox).
/// </summary>
public sealed record CloseSchoolYearFigures(string SchoolYear, string? Note, string? IfMatch = null) : ICommand<FiguresClosureDto>;

internal sealed class CloseSchoolYearFiguresValidator : AbstractValidator<CloseSchoolYearFigures>
{
    public CloseSchoolYearFiguresValidator()
    {
        RuleFor(c => c.SchoolYear).IsSchoolYear();
        RuleFor(c => c.Note).MaximumLength(FiguresStep.MaxTextLength).IdentifiesNoPupil();
    }
}

internal sealed class CloseSchoolYearFiguresHandler(
    ISchoolYearFiguresRepository years, IMonitoringUnitOfWork unitOfWork, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CloseSchoolYearFigures, FiguresClosureDto>
{
    public async ValueTask<FiguresClosureDto> Handle(CloseSchoolYearFigures command, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(command.SchoolYear);
        var figures = await years.FindAsync(year.StartYear, cancellationToken);
        if (figures is null)
        {
            // A year nobody closed reads as revision 0; stored it is version 1, as its first closing is revision 1.
            figures = SchoolYearFigures.Open(year);
            ConcurrencyCheck.EnsureMatches(figures, command.IfMatch, "SchoolYearFigures");
            figures.IncrementVersion();
            years.Add(figures);
        }
        else
        {
            ConcurrencyCheck.EnsureMatches(figures, command.IfMatch, "SchoolYearFigures");
        }

        var step = figures.Close(SchoolCalendar.Today(clock), YearEndClock.Now(clock), actor.Subject, Trimmed(command.Note));
        unitOfWork.Publish(new SchoolYearFiguresClosedIntegrationEvent(year.ToString(), step.Revision, step.At));
        await unitOfWork.CommitAsync(cancellationToken);
        return figures.ToDto();
    }

    private static string? Trimmed(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
