namespace GeenKindDeBuurtUit.Facilities.Domain.History;

/// <summary>What happened to a facility; on the wire in kebab case.</summary>
public enum HistoryAction
{
    Created,
    Updated,
    Confirmed,
    Reported,
    Disputed,
    Stale,
    Hidden,
    Withdrawn,
    ReminderSent,
}
