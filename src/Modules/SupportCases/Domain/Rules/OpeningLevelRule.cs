using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A case opens inside basic support (level 1-3); higher levels are reached step by step, with OPP and parents.</summary>
public sealed class OpeningLevelRule(int level) : IBusinessRule
{
    public string Code => "opening-level";

    public string Message => $"A case opens at level 1, 2 or 3, not at level {level}.";

    public bool IsBroken() => level is < SupportLevel.Lowest or > SupportLevel.HighestAtOpening;
}
