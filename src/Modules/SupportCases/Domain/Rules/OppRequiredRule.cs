using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A pupil beyond basic support (level 4 or 5) has a development perspective plan (OPP): a legal duty.</summary>
public sealed class OppRequiredRule(int newLevel, DateOnly? oppEstablishedOn) : IBusinessRule
{
    public string Code => "opp-required";

    public string Message => $"Level {newLevel} is beyond basic support and needs an established OPP (ontwikkelingsperspectiefplan) first.";

    public bool IsBroken() => SupportLevel.IsBeyondBasicSupport(newLevel) && oppEstablishedOn is null;
}
