using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>
/// Registers an area beyond the pilot's two, so the programme can grow to other areas of the city.
/// No event: other modules learn an area from the schools registered in it.
/// </summary>
public sealed record RegisterArea(string Name) : ICommand<AreaDto>;

internal sealed class RegisterAreaValidator : AbstractValidator<RegisterArea>
{
    public RegisterAreaValidator() => RuleFor(c => c.Name).IsName();
}

internal sealed class RegisterAreaHandler(IAreaRepository areas, INeighbourhoodsUnitOfWork unitOfWork) : ICommandHandler<RegisterArea, AreaDto>
{
    public async ValueTask<AreaDto> Handle(RegisterArea command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await areas.NameTakenAsync(name, cancellationToken))
        {
            throw new ConflictException($"An area named '{name}' is already registered.");
        }

        var area = new Area(Guid.NewGuid(), name);
        areas.Add(area);
        await unitOfWork.CommitAsync(cancellationToken);
        return new AreaDto(area.Id, area.Name);
    }
}
