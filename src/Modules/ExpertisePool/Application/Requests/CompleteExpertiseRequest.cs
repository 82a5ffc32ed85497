using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

public sealed record CompleteExpertiseRequest(Guid RequestId, string? IfMatch, DateOnly On) : ICommand<ExpertiseRequestDto>, IExpertiseRequestChange;

internal sealed class CompleteExpertiseRequestValidator : AbstractValidator<CompleteExpertiseRequest>
{
    public CompleteExpertiseRequestValidator(TimeProvider clock) => RuleFor(c => (DateOnly?)c.On).IsPastOrToday(clock);
}

internal sealed class CompleteExpertiseRequestHandler(ExpertiseRequestChanges changes) : ICommandHandler<CompleteExpertiseRequest, ExpertiseRequestDto>
{
    public async ValueTask<ExpertiseRequestDto> Handle(CompleteExpertiseRequest command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, ("on", command.On), request =>
        {
            if (command.On < request.AssignedOn)
            {
                throw InvalidRequestException.For("on", $"A request is not completed before it was assigned ({request.AssignedOn:yyyy-MM-dd}).");
            }

            var professionalId = request.Complete(command.On);
            return Task.FromResult<IEnumerable<IntegrationEvent>>(
            [
                new ExpertiseRequestCompletedIntegrationEvent(
                    request.Id, professionalId, request.SchoolId, request.ClusterId, request.AreaId, WireName.Of(request.Expertise),
                    command.On, request.Hours, request.HoursLogged),
            ]);
        }, cancellationToken);
}
