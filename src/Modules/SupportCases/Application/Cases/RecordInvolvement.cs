using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public sealed record RecordInvolvement(Guid CaseId, string? IfMatch, InvolvedParty Party, DateOnly On) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class RecordInvolvementValidator : AbstractValidator<RecordInvolvement>
{
    public RecordInvolvementValidator(TimeProvider clock) => RuleFor(c => c.On).IsPastOrToday(clock);
}

internal sealed class RecordInvolvementHandler(SupportCaseChanges changes) : ICommandHandler<RecordInvolvement, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(RecordInvolvement command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, [("on", command.On)], c =>
        {
            c.RecordInvolvement(command.Party, command.On);
            return [];
        }, cancellationToken);
}
