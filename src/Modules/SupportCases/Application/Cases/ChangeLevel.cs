using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>Moves a case up or down the pyramid. <c>On</c> is not in the contract: it defaults to today.</summary>
public sealed record ChangeLevel(Guid CaseId, string? IfMatch, int Level, string Reason, DateOnly? On) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class ChangeLevelValidator : AbstractValidator<ChangeLevel>
{
    public ChangeLevelValidator(TimeProvider clock)
    {
        RuleFor(c => c.Level).Must(SupportLevel.IsValid).WithMessage("A level is 1, 2, 3, 4 or 5.");
        RuleFor(c => c.Reason).IsReason();
        RuleFor(c => c.On).Must(d => d is null || d <= SchoolCalendar.Today(clock)).WithMessage("A date in the future is refused.");
    }
}

internal sealed class ChangeLevelHandler(SupportCaseChanges changes, TimeProvider clock) : ICommandHandler<ChangeLevel, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(ChangeLevel command, CancellationToken cancellationToken)
    {
        var on = command.On ?? SchoolCalendar.Today(clock);
        return await changes.ApplyAsync(command, [("on", on)], c =>
        {
            var change = c.ChangeLevel(command.Level, on, command.Reason.Trim());
            return change is null
                ? []
                : new IntegrationEvent[] { new SupportLevelChangedIntegrationEvent(c.Id, c.SchoolId, change.From, change.To, change.On, c.OppEstablishedOn is not null) };
        }, cancellationToken);
    }
}
