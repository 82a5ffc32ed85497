using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeenKindDeBuurtUit.Facilities.Domain.Facilities;

/// <summary>
/// The module's enumerations go on the wire in lower kebab case (<c>youth-care</c>), as the contract
/// writes them, and a number is never taken for one. The OpenAPI document reads the same names from it.
/// </summary>
public sealed class WireEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
