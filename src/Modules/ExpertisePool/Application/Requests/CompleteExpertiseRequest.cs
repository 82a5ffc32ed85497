using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

public sealed record CompleteExpertiseRequest(Guid RequestId, string? IfMatch, DateOnly? On) : ICommand<ExpertiseRequestDto>, IExpertiseRequestChange;

internal sealed class CompleteExpertiseRequestValidator : AbstractValidator<CompleteExpertiseRequest>
{
    public CompleteExpertiseRequestValidator(TimeProvider clock) => RuleFor(c => c.On).IsPastOrToday(clock);
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

            request.Complete(command.On!.Value);
            return Task.FromResult<IEnumerable<IntegrationEvent>>([ExpertiseRequestEvents.Completed(request)]);
        }, cancellationToken);
}
