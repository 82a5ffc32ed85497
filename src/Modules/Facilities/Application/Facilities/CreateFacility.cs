using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.Facilities.Application.Access;
using GeenKindDeBuurtUit.Facilities.Application.Directory;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>An admin, swv or coordinator puts a facility on the map and names its steward.</summary>
public sealed record CreateFacility(
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
    string StewardSub) : ICommand<FacilityDto>, IFacilityBody;

internal sealed class CreateFacilityValidator : AbstractValidator<CreateFacility>
{
    public CreateFacilityValidator() => Include(new FacilityBodyValidator<CreateFacility>());
}

internal sealed class CreateFacilityHandler(
    IFacilityRepository facilities, ISchoolMap schools, FacilityAccess access, ConfirmationPolicy policy, IFacilitiesUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CreateFacility, FacilityDto>
{
    public const string UnknownArea = "Unknown area: a facility lies in one of the programme's areas.";

    public async ValueTask<FacilityDto> Handle(CreateFacility command, CancellationToken cancellationToken)
    {
        if (!await schools.AreaExistsAsync(command.AreaId, cancellationToken))
        {
            throw InvalidRequestException.For("areaId", UnknownArea);
        }

        var facility = Facility.Create(Guid.NewGuid(), command.ToDetails(), access.Subject, clock.GetUtcNow(), SchoolCalendar.Today(clock));
        facilities.Add(facility);
        await unitOfWork.CommitAsync(cancellationToken);
        return facility.ToDto(policy);
    }
}
