using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.BuildingBlocks.Domain;

/// <summary>
/// The education chain's pseudonymous pupil id (ECK iD, "https://ketenid.nl/201703/…"). It is
/// meant only for the chain it was issued in, so it may never enter the platform (domain rule 7).
/// </summary>
public static partial class EckId
{
    /// <summary>The ketenid.nl host in any spelling ("KetenID . nl"), or the id's path without it ("201703/8dfac1c6…").</summary>
    public static bool Contains(string text) => Host().IsMatch(text) || PathWithoutHost().IsMatch(text);

    [GeneratedRegex(@"keten[\s_-]?id\s*\.\s*nl", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Host();

    [GeneratedRegex(@"(?<![0-9])201703/[A-Za-z0-9+=_\-]{8,}")]
    private static partial Regex PathWithoutHost();
}
