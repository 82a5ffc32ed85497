using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>The best match needs someone who fits; when nobody does, the request stays waiting.</summary>
public sealed class NoCapacityRule(Candidate? bestMatch, decimal hours) : IBusinessRule
{
    public string Code => "no-capacity";

    public string Message =>
        $"No active professional with this expertise in the request's area has {hours} hours left this week; the request stays waiting.";

    public bool IsBroken() => bestMatch is null;
}
