namespace GeenKindDeBuurtUit.BuildingBlocks.Domain;

/// <summary>
/// Domain rule 7 for any text: what a citizen service number or an ECK iD in it breaks, as a
/// stable code. Never returns the text or the part that matched.
/// </summary>
public static class PupilIdentifiers
{
    public const string BsnCode = "no-bsn";

    public const string EckIdCode = "no-eck-id";

    /// <returns>The code of the rule the text breaks, or null when it identifies no pupil.</returns>
    public static string? BrokenRule(string? text) =>
        string.IsNullOrEmpty(text) ? null
        : CitizenServiceNumber.ContainsBsnInProse(text) ? BsnCode
        : EckId.Contains(text) ? EckIdCode
        : null;
}
