using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>The child is at home without education (thuiszitter) since a date, and why.</summary>
public sealed record StartThuiszitterPeriod(Guid CaseId, string? IfMatch, DateOnly Since, string Reason) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class StartThuiszitterPeriodValidator : AbstractValidator<StartThuiszitterPeriod>
{
    public StartThuiszitterPeriodValidator(TimeProvider clock)
    {
        RuleFor(c => c.Since).IsPastOrToday(clock);
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class StartThuiszitterPeriodHandler(SupportCaseChanges changes) : ICommandHandler<StartThuiszitterPeriod, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(StartThuiszitterPeriod command, CancellationToken cancellationToken) =>
        await changes.ApplyKnowingClosedYearsAsync(command, [("since", command.Since)], (c, closed) =>
        {
            c.StartThuiszitterPeriod(command.Since, command.Reason.Trim(), closed);
            return [new ThuiszitterStartedIntegrationEvent(c.Id, c.SchoolId, command.Since)];
        }, cancellationToken);
}
