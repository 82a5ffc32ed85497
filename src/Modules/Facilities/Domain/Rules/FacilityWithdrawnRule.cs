using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Domain.Rules;

/// <summary>A withdrawn facility stays as it was withdrawn: no update, confirmation, report or second withdrawal.</summary>
public sealed class FacilityWithdrawnRule(FacilityStatus status) : IBusinessRule
{
    public string Code => "facility-withdrawn";

    public string Message => "This facility was withdrawn from the map and changes no more.";

    public bool IsBroken() => status == FacilityStatus.Withdrawn;
}
