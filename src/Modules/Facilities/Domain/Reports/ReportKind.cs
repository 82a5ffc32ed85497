using System.Text.Json.Serialization;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Domain.Reports;

/// <summary>What someone reports about a facility; on the wire <c>closed</c>, <c>moved</c>, <c>wrong-contact</c>, <c>other</c>.</summary>
[JsonConverter(typeof(WireEnumConverter<ReportKind>))]
public enum ReportKind
{
    Closed,
    Moved,
    WrongContact,
    Other,
}
