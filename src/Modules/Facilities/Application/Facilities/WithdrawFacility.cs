using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Facilities.Application.Access;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>The facility leaves the map from <c>On</c> with a reason; it is never deleted and keeps its history.</summary>
public sealed record WithdrawFacility(Guid FacilityId, string? IfMatch, DateOnly On, string Reason) : ICommand<FacilityDto>, IFacilityChange;

internal sealed class WithdrawFacilityValidator : AbstractValidator<WithdrawFacility>
{
    public WithdrawFacilityValidator(TimeProvider clock)
    {
        RuleFor(c => c.On).IsPastOrToday(clock);
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class WithdrawFacilityHandler(FacilityChanges changes, FacilityAccess access, TimeProvider clock) : ICommandHandler<WithdrawFacility, FacilityDto>
{
    public async ValueTask<FacilityDto> Handle(WithdrawFacility command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, managersToo: true, facility =>
        {
            facility.Withdraw(command.On, command.Reason.Trim(), access.Subject, clock.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);
}
