using System.Text.Json.Serialization;

namespace GeenKindDeBuurtUit.Facilities.Domain.Facilities;

/// <summary>The kinds of facility (voorziening) on the BEN map; on the wire in kebab case (<c>youth-care</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<FacilityKind>))]
public enum FacilityKind
{
    Okt,
    Buurtteam,
    Voorschool,
    YouthCare,
    SpecialEducation,
    Sport,
    Culture,
    Library,
    Play,
    Other,
}
