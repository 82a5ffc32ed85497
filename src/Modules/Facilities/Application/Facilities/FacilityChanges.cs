using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.Facilities.Application.Access;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>
/// The steps every change to a facility shares: find it as the caller may see it (else 404), check
/// that the caller may change it (else 403) and If-Match (else 412), apply the change and commit.
/// </summary>
internal sealed class FacilityChanges(IFacilityRepository facilities, FacilityAccess access, ConfirmationPolicy policy, IFacilitiesUnitOfWork unitOfWork)
{
    /// <param name="managersToo">Whether admin, swv and coordinator may change it beside its steward; else only admin does.</param>
    public async Task<FacilityDto> ApplyAsync(IFacilityChange command, bool managersToo, Func<Facility, Task> change, CancellationToken cancellationToken)
    {
        var facility = access.EnsureCanSee(await facilities.FindAsync(command.FacilityId, cancellationToken), command.FacilityId);
        access.EnsureSteward(facility, managersToo);
        ConcurrencyCheck.EnsureMatches(facility, command.IfMatch, "Facility");
        await change(facility);
        await unitOfWork.CommitAsync(cancellationToken);
        return facility.ToDto(policy);
    }
}
