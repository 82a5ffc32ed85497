namespace GeenKindDeBuurtUit.Platform.Secrets;

/// <summary>
/// A key the host holds outside its database (docs/adr/0035): read from configuration
/// (<see cref="Setting"/>), or in Development created once in the data folder
/// (<see cref="DevelopmentFile"/>). Outside Development a host without it does not start.
/// </summary>
/// <param name="Alternative">A setting that may stand in for this one (the signing key's authority), named in the start-up error.</param>
public sealed record HostSecret(string Setting, string DevelopmentFile, string? Alternative = null)
{
    /// <summary>HMAC-SHA256 and HS256 want a key at least as long as the hash.</summary>
    public const int MinimumBytes = 32;
}
