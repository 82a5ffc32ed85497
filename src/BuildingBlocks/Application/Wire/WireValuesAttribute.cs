namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;

/// <summary>
/// The closed set of values a string member (or each string of a list member) takes on the wire: the
/// <see cref="WireName"/>s of an enumeration. The OpenAPI document turns it into an <c>enum</c>, so
/// generated clients get typed values and the request schema refuses anything else.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WireValuesAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType.IsEnum ? enumType : throw new ArgumentException($"{enumType} is not an enumeration.", nameof(enumType));

    public IReadOnlyList<string> Values => [.. Enum.GetValues(EnumType).Cast<Enum>().Select(v => WireName.Of(v))];
}
