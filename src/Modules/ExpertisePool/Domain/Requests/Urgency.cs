namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

/// <summary>Urgent requests come first on the coordinators' waiting list.</summary>
public enum Urgency
{
    Normal,
    Urgent,
}
