using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>The school that asked no longer needs the help, or the coordinator withdraws the request; a reason is required.</summary>
public sealed record CancelExpertiseRequest(Guid RequestId, string? IfMatch, DateOnly On, string Reason) : ICommand<ExpertiseRequestDto>, IExpertiseRequestChange;

internal sealed class CancelExpertiseRequestValidator : AbstractValidator<CancelExpertiseRequest>
{
    public CancelExpertiseRequestValidator(TimeProvider clock)
    {
        RuleFor(c => (DateOnly?)c.On).IsPastOrToday(clock);
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class CancelExpertiseRequestHandler(ExpertiseRequestChanges changes, PoolAccess access) : ICommandHandler<CancelExpertiseRequest, ExpertiseRequestDto>
{
    public async ValueTask<ExpertiseRequestDto> Handle(CancelExpertiseRequest command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, ("on", command.On), request =>
        {
            access.EnsureCanCancel(request);
            request.Cancel(command.On, command.Reason.Trim());

            // The reason stays in this module: free text may say more about a child than another module needs.
            return Task.FromResult<IEnumerable<IntegrationEvent>>(
            [
                new ExpertiseRequestCancelledIntegrationEvent(
                    request.Id, request.ProfessionalId, request.SchoolId, request.ClusterId, request.AreaId, WireName.Of(request.Expertise),
                    command.On, request.Hours, request.HoursLogged),
            ]);
        }, cancellationToken);
}
