using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

/// <summary>The professional takes no new assignments; there is no deletion, past work keeps pointing at them.</summary>
public sealed record DeactivateProfessional(Guid ProfessionalId, string? IfMatch, DateOnly On) : ICommand<ProfessionalDto>;

internal sealed class DeactivateProfessionalValidator : AbstractValidator<DeactivateProfessional>
{
    public DeactivateProfessionalValidator(TimeProvider clock) => RuleFor(c => (DateOnly?)c.On).IsPastOrToday(clock);
}

internal sealed class DeactivateProfessionalHandler(IProfessionalRepository professionals, IExpertisePoolUnitOfWork unitOfWork)
    : ICommandHandler<DeactivateProfessional, ProfessionalDto>
{
    public async ValueTask<ProfessionalDto> Handle(DeactivateProfessional command, CancellationToken cancellationToken)
    {
        var professional = await professionals.FindAsync(command.ProfessionalId, cancellationToken)
            ?? throw new NotFoundException("Professional", command.ProfessionalId);
        ConcurrencyCheck.EnsureMatches(professional, command.IfMatch, "Professional");
        professional.Deactivate(command.On);
        await unitOfWork.CommitAsync(cancellationToken);
        return professional.ToDto();
    }
}
