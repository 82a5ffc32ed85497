using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>
/// Registers an area beyond the pilot's two, so the programme can grow to other areas of the city.
/// No event: other modules learn an area from the schools registered in it.
/// </summary>
public sealed record RegisterArea(string? Name) : ICommand<AreaDto>;

internal sealed class RegisterAreaValidator : AbstractValidator<RegisterArea>
{
    public RegisterAreaValidator() => RuleFor(c => c.Name).IsName();
}

internal sealed class RegisterAreaHandler(NeighbourhoodsDbContext db) : ICommandHandler<RegisterArea, AreaDto>
{
    public async ValueTask<AreaDto> Handle(RegisterArea command, CancellationToken cancellationToken)
    {
        var name = command.Name!.Trim();
        if (await db.Areas.AnyAsync(a => a.Name == name, cancellationToken))
        {
            throw new ConflictException($"An area named '{name}' is already registered.");
        }

        var area = new Area(Guid.NewGuid(), name);
        db.Areas.Add(area);
        await db.CommitAsync(cancellationToken);
        return new AreaDto(area.Id, area.Name);
    }
}
