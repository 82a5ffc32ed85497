using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.BuildingBlocks.Domain;

/// <summary>
/// The citizen service number (BSN): nine digits passing the 11-check. It may never enter the
/// platform (domain rule 7), neither as a pupil reference nor inside a monitoring story.
/// </summary>
public static partial class CitizenServiceNumber
{
    /// <summary>A run of exactly nine digits that passes the 11-check anywhere in the text: a BSN hidden in a pseudonym is still a BSN.</summary>
    public static bool ContainsBsn(string text) => NineDigits().Matches(text).Any(m => PassesElevenCheck(m.Value));

    /// <summary>
    /// As <see cref="ContainsBsn"/>, and also nine digits written in the groups a BSN is written in:
    /// a first group of two to four digits, then groups of two or three, each after one space, dot or
    /// hyphen ("1234.56.782", "123 456 782", "12-34-56-782"). The whole run of groups must hold
    /// exactly nine digits, so a date followed by a number ("01-09-2025 3"), a telephone number
    /// ("06 1234 5678") or a school's pupil number after its year ("2025-12344") is not a BSN.
    /// </summary>
    public static bool ContainsBsnInProse(string text) =>
        ContainsBsn(text) || GroupedNineDigits().Matches(text).Any(m => PassesElevenCheck(new string(m.Value.Where(char.IsAsciiDigit).ToArray())));

    public static bool PassesElevenCheck(string nineDigits)
    {
        if (nineDigits.Length != 9 || !nineDigits.All(char.IsAsciiDigit) || nineDigits.All(c => c == '0'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        sum -= nineDigits[8] - '0';
        return sum % 11 == 0;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{9}(?![0-9])")]
    private static partial Regex NineDigits();

    [GeneratedRegex(@"(?<![0-9][ .\-]?)[0-9]{2,4}(?:[ .\-][0-9]{2,3}){1,3}(?![ .\-]?[0-9])")]
    private static partial Regex GroupedNineDigits();
}
