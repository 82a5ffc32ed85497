using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public sealed record CloseSupportCase(Guid CaseId, string? IfMatch, DateOnly On, string Reason) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class CloseSupportCaseValidator : AbstractValidator<CloseSupportCase>
{
    public CloseSupportCaseValidator(TimeProvider clock)
    {
        RuleFor(c => c.On).IsPastOrToday(clock);
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class CloseSupportCaseHandler(SupportCaseChanges changes) : ICommandHandler<CloseSupportCase, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(CloseSupportCase command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, [("on", command.On)], c =>
        {
            var endedPeriod = c.Close(command.On, command.Reason.Trim());
            var events = new List<IntegrationEvent>();
            if (endedPeriod is not null)
            {
                events.Add(new ThuiszitterEndedIntegrationEvent(c.Id, c.SchoolId, endedPeriod.Since, command.On));
            }

            events.Add(new SupportCaseClosedIntegrationEvent(c.Id, c.SchoolId, command.On, c.Level, c.Referral is { IsActive: true }));
            return events;
        }, cancellationToken);
}
