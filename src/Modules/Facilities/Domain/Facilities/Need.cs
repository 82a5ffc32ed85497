using System.Text.Json.Serialization;

namespace GeenKindDeBuurtUit.Facilities.Domain.Facilities;

/// <summary>The kinds of support need a facility offers help with: the values of a support case's needs.</summary>
[JsonConverter(typeof(WireEnumConverter<Need>))]
public enum Need
{
    Language,
    Tos,
    Behaviour,
    Learning,
    EarlyChildhood,
    Newcomer,
    Other,
}
