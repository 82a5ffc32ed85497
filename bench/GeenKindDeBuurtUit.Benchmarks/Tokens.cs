using GeenKindDeBuurtUit.Host.Authentication;

namespace GeenKindDeBuurtUit.Benchmarks;

/// <summary>Tokens signed with a key made for this run, by the host's own issuer (the one behind its <c>token</c> command).</summary>
internal sealed class Tokens(string signingKey)
{
    public string SigningKey { get; } = signingKey;

    public static Tokens ForThisRun() => new(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)));

    public string Issue(string role, string subject) =>
        TokenIssuer.Issue(
            new AuthSettings { SigningKey = SigningKey },
            new TokenRequest(subject, [role], [], [], TimeSpan.FromHours(4)),
            DateTimeOffset.UtcNow);
}
