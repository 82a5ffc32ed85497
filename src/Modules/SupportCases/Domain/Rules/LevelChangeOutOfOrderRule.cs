using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>
/// The level history is appended to, never rewritten: a change is dated on or after the last change
/// and the last OT meeting, so the level an OT meeting was judged at stays the level it was held at.
/// </summary>
public sealed class LevelChangeOutOfOrderRule(DateOnly on, DateOnly? latestFact) : IBusinessRule
{
    public string Code => "level-change-out-of-order";

    public string Message => $"A level change on {on:yyyy-MM-dd} would come before the case's last recorded level change or OT meeting ({latestFact:yyyy-MM-dd}); the history is only added to.";

    public bool IsBroken() => on < latestFact;
}
