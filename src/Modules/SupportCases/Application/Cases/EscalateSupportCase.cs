using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>Escalates a case to the neighbourhood team for inclusion (OKT, buurtteam, SWV; guiding principle 6).</summary>
public sealed record EscalateSupportCase(Guid CaseId, string? IfMatch, EscalationTarget To, DateOnly On, string Reason) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class EscalateSupportCaseValidator : AbstractValidator<EscalateSupportCase>
{
    public EscalateSupportCaseValidator(TimeProvider clock)
    {
        RuleFor(c => c.On).IsPastOrToday(clock);
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class EscalateSupportCaseHandler(SupportCaseChanges changes) : ICommandHandler<EscalateSupportCase, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(EscalateSupportCase command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, [("on", command.On)], c =>
        {
            c.Escalate(command.To, command.On, command.Reason.Trim());
            return [new SupportCaseEscalatedIntegrationEvent(c.Id, c.SchoolId, WireName.Of(command.To), command.On)];
        }, cancellationToken);
}
