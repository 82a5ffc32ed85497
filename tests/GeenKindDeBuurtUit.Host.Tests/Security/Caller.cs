namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// Everyone who may knock on the API. "Own" scope is the pilot school El Amien 1 (Osdorp) and its
/// board; <see cref="OtherSchool"/> acts for a school in Bos en Lommer, <see cref="OtherTreasurer"/>
/// for a board without schools; <see cref="Partner"/> is the steward of the world's facilities,
/// <see cref="OtherPartner"/> a partner that stewards none of them. The last seven never get past authentication.
/// </summary>
public enum Caller
{
    School,
    Swv,
    Coordinator,
    Treasurer,
    Analyst,
    Admin,
    OtherSchool,
    OtherTreasurer,
    Partner,
    OtherPartner,
    Anonymous,
    Expired,
    NotYetValid,
    WrongIssuer,
    WrongAudience,
    WrongKey,
    AlgNone,
}

public static class Callers
{
    public static readonly IReadOnlyList<Caller> All = Enum.GetValues<Caller>();

    /// <summary>No token, or a token that must not be trusted: 401 on every operation.</summary>
    public static readonly IReadOnlyList<Caller> Unauthenticated =
        [Caller.Anonymous, Caller.Expired, Caller.NotYetValid, Caller.WrongIssuer, Caller.WrongAudience, Caller.WrongKey, Caller.AlgNone];

    public static readonly IReadOnlyList<Caller> Authenticated = All.Except(Unauthenticated).ToList();
}
