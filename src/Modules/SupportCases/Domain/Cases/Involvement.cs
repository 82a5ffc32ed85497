namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>Parents or the child took part in a decision about the case (guiding principle 1).</summary>
public sealed record Involvement(InvolvedParty Party, DateOnly On);
