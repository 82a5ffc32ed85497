using System.Text.Json.Serialization;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Domain.History;

/// <summary>What happened to a facility; on the wire in kebab case.</summary>
[JsonConverter(typeof(WireEnumConverter<HistoryAction>))]
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
