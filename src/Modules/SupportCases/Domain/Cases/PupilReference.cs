using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;

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

        if (EckId.Contains(text))
        {
            return "An ECK iD may not be used outside the education chain it was issued for; send the programme's pseudonym.";
        }

        if (CitizenServiceNumber.ContainsBsnInProse(text))
        {
            return "A citizen service number (BSN) may not be used as a pupil reference; send the programme's pseudonym.";
        }

        return Allowed().IsMatch(text)
            ? null
            : $"A pupil reference is 1-{MaxLength} letters, digits, '-', '_', '.' or ':'.";
    }

    [GeneratedRegex(@"\A[A-Za-z0-9\-_.:]{1,64}\z")]
    private static partial Regex Allowed();
}
