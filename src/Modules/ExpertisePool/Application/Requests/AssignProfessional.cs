using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.ExpertisePool.Application.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>Assigns the professional a coordinator chose, or without one the best match (422 <c>no-capacity</c> when nobody fits).</summary>
public sealed record AssignProfessional(Guid RequestId, string? IfMatch, Guid? ProfessionalId) : ICommand<ExpertiseRequestDto>, IExpertiseRequestChange;

internal sealed class AssignProfessionalValidator : AbstractValidator<AssignProfessional>
{
    public AssignProfessionalValidator() => RuleFor(c => c.ProfessionalId).NotEqual(Guid.Empty).When(c => c.ProfessionalId is not null);
}

internal sealed class AssignProfessionalHandler(ExpertiseRequestChanges changes, IProfessionalRepository professionals, Candidates candidates, TimeProvider clock)
    : ICommandHandler<AssignProfessional, ExpertiseRequestDto>
{
    public async ValueTask<ExpertiseRequestDto> Handle(AssignProfessional command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, async request =>
        {
            var (now, today) = (clock.GetUtcNow(), SchoolCalendar.Today(clock));
            Assignment assignment;
            if (command.ProfessionalId is { } professionalId)
            {
                var professional = await professionals.FindAsync(professionalId, cancellationToken)
                    ?? throw InvalidRequestException.For("professionalId", "Unknown professional.");
                assignment = request.Assign(await candidates.ForAsync(professional, request, cancellationToken), now, today);
            }
            else
            {
                assignment = request.AssignBestMatch(await candidates.ForAsync(request, cancellationToken), now, today);
            }

            return new IntegrationEvent[]
            {
                new ProfessionalAssignedIntegrationEvent(
                    request.Id, assignment.ProfessionalId, request.SchoolId, request.ClusterId, request.AreaId, WireName.Of(request.Expertise), request.Hours,
                    ExpertiseRequestMapping.Utc(request.RequestedAt), ExpertiseRequestMapping.Utc(assignment.AssignedAt), assignment.WaitingSeconds,
                    BestMatch: command.ProfessionalId is null),
            };
        }, cancellationToken);
}
