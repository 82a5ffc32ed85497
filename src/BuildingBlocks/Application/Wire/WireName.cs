using System.Text;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;

/// <summary>
/// The contract writes enumerations in lower kebab case (<c>early-childhood</c>, <c>sbo</c>); the
/// code names them in Pascal case. Parsing is exact: "Sbo" or "SBO" is not a value of the contract.
/// </summary>
public static class WireName
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of((Enum)value);

    public static string Of(Enum value)
    {
        var name = value.ToString();
        var wire = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                wire.Append('-');
            }

            wire.Append(char.ToLowerInvariant(name[i]));
        }

        return wire.ToString();
    }

    public static bool TryParse<TEnum>(string? wire, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), wire, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static TEnum Parse<TEnum>(string wire)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(wire, out var value) ? value : throw new FormatException($"'{wire}' is not one of {Values<TEnum>()}.");

    public static string Values<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => $"\"{Of(v)}\""));
}
