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
    public const int MaxAreas = 50;

    public RegisterProfessionalValidator()
    {
        RuleFor(c => c.Name).IsName();
        RuleFor(c => c.Organisation).IsName();
        RuleFor(c => c.Expertise).NotEmpty().WithMessage("At least one expertise.");
        RuleFor(c => c.AreaIds).NotEmpty().WithMessage("At least one area.")
            .Must(a => a.Count <= MaxAreas).WithMessage($"At most {MaxAreas} areas.");
        RuleForEach(c => c.AreaIds).NotEmpty();
        RuleFor(c => c.HoursPerWeek).IsHours(WeeklyHours.FullTimeWeek);
    }
}

internal sealed class RegisterProfessionalHandler(IProfessionalRepository professionals, ISchoolDirectory schools, IExpertisePoolUnitOfWork unitOfWork)
    : ICommandHandler<RegisterProfessional, ProfessionalDto>
{
    public async ValueTask<ProfessionalDto> Handle(RegisterProfessional command, CancellationToken cancellationToken)
    {
        if (await new KnownAreas(schools).FirstUnknownAsync(command.AreaIds, cancellationToken) is { } unknown)
        {
            throw InvalidRequestException.For($"areaIds[{unknown}]", KnownAreas.Unknown);
        }

        var professional = Professional.Register(
            Guid.NewGuid(), command.Name.Trim(), command.Organisation.Trim(), command.Expertise, command.AreaIds, command.HoursPerWeek);
        professionals.Add(professional);
        await unitOfWork.CommitAsync(cancellationToken);
        return professional.ToDto();
    }
}
