using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>
/// An OT meeting is held only for a case at level 5, judged on the day it was held (from the level
/// history), not at today's level: a meeting cannot be dated before the case reached level 5.
/// </summary>
public sealed class OtRequiresLevel5Rule(int levelOnHeldOn, DateOnly heldOn, DateOnly? reachedLevel5On) : IBusinessRule
{
    public string Code => "ot-requires-level-5";

    public string Message => $"An OT meeting is held only at level 5; on {heldOn:yyyy-MM-dd} this case was at level {levelOnHeldOn}"
        + (reachedLevel5On > heldOn ? $" (it reached level 5 on {reachedLevel5On:yyyy-MM-dd})." : ".");

    public bool IsBroken() => levelOnHeldOn != SupportLevel.SupportTeam;
}
