using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>An OT meeting is held only for a case at level 5.</summary>
public sealed class OtRequiresLevel5Rule(int level) : IBusinessRule
{
    public string Code => "ot-requires-level-5";

    public string Message => $"An OT meeting is held only at level 5; this case is at level {level}.";

    public bool IsBroken() => level != SupportLevel.SupportTeam;
}
