using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.Facilities.Application.Access;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>The steward (or an admin) says "still right": active again, disputed no more, its open reports settled.</summary>
public sealed record ConfirmFacility(Guid FacilityId, string? IfMatch) : ICommand<FacilityDto>, IFacilityChange;

internal sealed class ConfirmFacilityHandler(FacilityChanges changes, FacilityAccess access, TimeProvider clock) : ICommandHandler<ConfirmFacility, FacilityDto>
{
    public async ValueTask<FacilityDto> Handle(ConfirmFacility command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(command, managersToo: false, facility =>
        {
            facility.Confirm(access.Subject, clock.GetUtcNow(), SchoolCalendar.Today(clock));
            return Task.CompletedTask;
        }, cancellationToken);
}
