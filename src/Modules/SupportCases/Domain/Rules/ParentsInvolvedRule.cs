using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>Parents are always involved (guiding principle 1): no level 4 or 5 without their recorded involvement.</summary>
public sealed class ParentsInvolvedRule(int newLevel, IEnumerable<Involvement> involvements) : IBusinessRule
{
    public string Code => "parents-involved";

    public string Message => $"Level {newLevel} needs a recorded involvement of the parents first.";

    public bool IsBroken() => SupportLevel.IsBeyondBasicSupport(newLevel) && !involvements.Any(i => i.Party == InvolvedParty.Parents);
}
