using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>Records that the development perspective plan (OPP) was established.</summary>
public sealed record EstablishOpp(Guid CaseId, string? IfMatch, DateOnly EstablishedOn) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class EstablishOppValidator : AbstractValidator<EstablishOpp>
{
    public EstablishOppValidator(TimeProvider clock) => RuleFor(c => c.EstablishedOn).IsPastOrToday(clock);
}

internal sealed class EstablishOppHandler(SupportCaseChanges changes) : ICommandHandler<EstablishOpp, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(EstablishOpp command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, [("establishedOn", command.EstablishedOn)], c =>
        {
            c.EstablishOpp(command.EstablishedOn);
            return [new OppEstablishedIntegrationEvent(c.Id, c.SchoolId, command.EstablishedOn, c.Level)];
        }, cancellationToken);
}
