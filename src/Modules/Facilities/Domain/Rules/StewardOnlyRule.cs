using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Facilities.Domain.Rules;

/// <summary>
/// A partner changes only the facilities it stewards. Broken, it answers 403 (docs/adr/0059): a
/// question of who may act, not of the facility's state.
/// </summary>
public sealed class StewardOnlyRule(string stewardSub, string actorSub, bool actsForAll) : IBusinessRule
{
    public string Code => "steward-only";

    public string Message => "Only the facility's steward (or an admin, swv or coordinator where the request allows) may do this.";

    public bool IsBroken() => !actsForAll && !string.Equals(stewardSub, actorSub, StringComparison.Ordinal);
}
