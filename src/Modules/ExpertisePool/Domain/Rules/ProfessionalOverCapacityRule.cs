using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>A coordinator's choice by hand still fits in the professional's week (ADR 0011).</summary>
public sealed class ProfessionalOverCapacityRule(Candidate candidate, decimal hours) : IBusinessRule
{
    public string Code => "professional-over-capacity";

    public string Message =>
        $"Professional '{candidate.Professional.Name}' has {Math.Max(0, candidate.CapacityLeft)} of {candidate.Professional.HoursPerWeek} hours left this week; the request needs {hours}.";

    public bool IsBroken() => !candidate.HasRoomFor(hours);
}
