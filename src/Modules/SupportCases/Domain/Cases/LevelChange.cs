namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>One step in a case's level history; a step down is good news, not an error.</summary>
public sealed record LevelChange(int From, int To, DateOnly On, string Reason);
