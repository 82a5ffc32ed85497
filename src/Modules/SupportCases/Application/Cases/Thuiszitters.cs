using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>The child is at home without education (thuiszitter) since a date, and why.</summary>
public sealed record StartThuiszitterPeriod(Guid CaseId, string? IfMatch, DateOnly? Since, string? Reason) : ICommand<SupportCaseDto>, ISupportCaseChange;

public sealed record EndThuiszitterPeriod(Guid CaseId, string? IfMatch, DateOnly? On) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class StartThuiszitterPeriodValidator : AbstractValidator<StartThuiszitterPeriod>
{
    public StartThuiszitterPeriodValidator(TimeProvider clock)
    {
        RuleFor(c => c.Since).IsPastOrToday(clock);
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class EndThuiszitterPeriodValidator : AbstractValidator<EndThuiszitterPeriod>
{
    public EndThuiszitterPeriodValidator(TimeProvider clock) => RuleFor(c => c.On).IsPastOrToday(clock);
}

internal sealed class ThuiszitterHandlers(SupportCaseChanges changes) :
    ICommandHandler<StartThuiszitterPeriod, SupportCaseDto>,
    ICommandHandler<EndThuiszitterPeriod, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(StartThuiszitterPeriod command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, [("since", command.Since)], c =>
        {
            c.StartThuiszitterPeriod(command.Since!.Value, command.Reason!.Trim());
            return [new ThuiszitterStartedIntegrationEvent(c.Id, c.SchoolId, command.Since.Value)];
        }, cancellationToken);

    public async ValueTask<SupportCaseDto> Handle(EndThuiszitterPeriod command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, [("on", command.On)], c =>
        {
            var period = c.EndThuiszitterPeriod(command.On!.Value);
            return [SupportCaseEvents.ThuiszitterEnded(c, period)];
        }, cancellationToken);
}
