using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>An arrangement in the neighbourhood was found after all: the child no longer counts as referred.</summary>
public sealed record WithdrawReferral(Guid CaseId, string? IfMatch, DateOnly On, string Reason) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class WithdrawReferralValidator : AbstractValidator<WithdrawReferral>
{
    public WithdrawReferralValidator(TimeProvider clock)
    {
        RuleFor(c => c.On).IsPastOrToday(clock);
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class WithdrawReferralHandler(SupportCaseChanges changes) : ICommandHandler<WithdrawReferral, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(WithdrawReferral command, CancellationToken cancellationToken) =>
        await changes.ApplyKnowingClosedYearsAsync(command, [("on", command.On)], (c, closed) =>
        {
            var referral = c.WithdrawReferral(command.On, command.Reason.Trim(), closed);
            return
            [
                new ReferralWithdrawnIntegrationEvent(
                    c.Id, c.SchoolId, WireName.Of(referral.Type), referral.WireCategory(), referral.SchoolYear.ToString(), referral.DecidedOn, command.On),
            ];
        }, cancellationToken);
}
