using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>
/// A pupil is never named: the reference is a pseudonym that the school's own system issues for
/// this programme. A citizen service number (BSN) and an ECK iD are refused (domain rule 7).
/// </summary>
public static partial class PupilReference
{
    public const int MaxLength = 64;

    /// <returns>Why the text cannot be a pupil reference, or null when it can. Never echoes the text.</returns>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "A pupil reference is required.";
        }

        if (text.Contains("ketenid.nl", StringComparison.OrdinalIgnoreCase))
        {
            return "An ECK iD may not be used outside the education chain it was issued for; send the programme's pseudonym.";
        }

        if (ContainsBsn(text))
        {
            return "A citizen service number (BSN) may not be used as a pupil reference; send the programme's pseudonym.";
        }

        return Allowed().IsMatch(text)
            ? null
            : $"A pupil reference is 1-{MaxLength} letters, digits, '-', '_', '.' or ':'.";
    }

    /// <summary>
    /// A run of exactly nine digits that passes the 11-check anywhere in the reference: a BSN hidden
    /// in a pseudonym is still a BSN.
    /// </summary>
    public static bool ContainsBsn(string text) => NineDigits().Matches(text).Any(m => PassesElevenCheck(m.Value));

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

    [GeneratedRegex(@"^[A-Za-z0-9\-_.:]{1,64}$")]
    private static partial Regex Allowed();

    [GeneratedRegex(@"(?<![0-9])[0-9]{9}(?![0-9])")]
    private static partial Regex NineDigits();
}
