using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>The child is back in education.</summary>
public sealed record EndThuiszitterPeriod(Guid CaseId, string? IfMatch, DateOnly On) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class EndThuiszitterPeriodValidator : AbstractValidator<EndThuiszitterPeriod>
{
    public EndThuiszitterPeriodValidator(TimeProvider clock) => RuleFor(c => c.On).IsPastOrToday(clock);
}

internal sealed class EndThuiszitterPeriodHandler(SupportCaseChanges changes) : ICommandHandler<EndThuiszitterPeriod, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(EndThuiszitterPeriod command, CancellationToken cancellationToken) =>
        await changes.ApplyKnowingClosedYearsAsync(command, [("on", command.On)], (c, closed) =>
        {
            var period = c.EndThuiszitterPeriod(command.On, closed);
            return [new ThuiszitterEndedIntegrationEvent(c.Id, c.SchoolId, period.Since, command.On)];
        }, cancellationToken);
}
