namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>Who a case is escalated to: the neighbourhood team for inclusion (guiding principle 6).</summary>
public enum EscalationTarget
{
    Okt,
    Buurtteam,
    Swv,
}

public sealed record Escalation(EscalationTarget To, DateOnly On, string Reason);
