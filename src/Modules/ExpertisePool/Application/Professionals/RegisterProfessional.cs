using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Application.Validation;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

public sealed record RegisterProfessional(string Name, string Organisation, IReadOnlyList<Expertise> Expertise, IReadOnlyList<Guid> AreaIds, decimal HoursPerWeek)
    : ICommand<ProfessionalDto>;

internal sealed class RegisterProfessionalValidator : AbstractValidator<RegisterProfessional>
{
    public RegisterProfessionalValidator()
    {
        RuleFor(c => c.Name).IsName();
        RuleFor(c => c.Organisation).IsName();
        RuleForEach(c => c.AreaIds).NotEmpty();
        RuleFor(c => c.HoursPerWeek).IsHours(WeeklyHours.FullTimeWeek);
    }
}

internal sealed class RegisterProfessionalHandler(IProfessionalRepository professionals, ISchoolDirectory schools, IExpertisePoolUnitOfWork unitOfWork)
    : ICommandHandler<RegisterProfessional, ProfessionalDto>
{
    public async ValueTask<ProfessionalDto> Handle(RegisterProfessional command, CancellationToken cancellationToken)
    {
        for (var i = 0; i < command.AreaIds.Count; i++)
        {
            if (!await schools.AreaExistsAsync(command.AreaIds[i], cancellationToken))
            {
                throw InvalidRequestException.For($"areaIds[{i}]", "Unknown area.");
            }
        }

        var professional = Professional.Register(
            Guid.NewGuid(), command.Name.Trim(), command.Organisation.Trim(), command.Expertise, command.AreaIds, command.HoursPerWeek);
        professionals.Add(professional);
        await unitOfWork.CommitAsync(cancellationToken);
        return professional.ToDto();
    }
}
