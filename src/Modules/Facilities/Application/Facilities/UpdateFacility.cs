using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Facilities.Application.Access;
using GeenKindDeBuurtUit.Facilities.Application.Directory;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>The steward (or an admin, swv or coordinator) sets the facility's details in full.</summary>
public sealed record UpdateFacility(
    Guid FacilityId,
    string? IfMatch,
    string Name,
    FacilityKind Kind,
    string? Description,
    string Address,
    LocationDto Location,
    Guid AreaId,
    IReadOnlyList<Need> Offers,
    int? AgeFrom,
    int? AgeTo,
    ContactDto Contact,
    string StewardSub) : ICommand<FacilityDto>, IFacilityBody, IFacilityChange;

internal sealed class UpdateFacilityValidator : AbstractValidator<UpdateFacility>
{
    public UpdateFacilityValidator() => Include(new FacilityBodyValidator<UpdateFacility>());
}

internal sealed class UpdateFacilityHandler(FacilityChanges changes, ISchoolMap schools, FacilityAccess access, TimeProvider clock)
    : ICommandHandler<UpdateFacility, FacilityDto>
{
    public async ValueTask<FacilityDto> Handle(UpdateFacility command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, managersToo: true, async facility =>
        {
            if (facility.AreaId != command.AreaId && !await schools.AreaExistsAsync(command.AreaId, cancellationToken))
            {
                throw InvalidRequestException.For("areaId", CreateFacilityHandler.UnknownArea);
            }

            facility.Update(command.ToDetails(), access.Subject, clock.GetUtcNow());
        }, cancellationToken);
}
