using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A staff member of the SWV is always present at an OT meeting.</summary>
public sealed class OtRequiresSwvRule(IEnumerable<OtRole> participants) : IBusinessRule
{
    public string Code => "ot-requires-swv";

    public string Message => "An OT meeting needs a staff member of the SWV among its participants.";

    public bool IsBroken() => !participants.Contains(OtRole.Swv);
}
