using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// Validates a bearer token once and answers the same token from memory until it expires
/// (docs/adr/0066): a client sends one token with every request for hours, and parsing it and checking
/// its signature again each time was the same answer at a price. A token is kept by its exact text,
/// only once it validated, and never past its <c>exp</c> (stricter than the validation's clock skew).
/// The keys it validated with are kept with it: when the signing keys change (a key withdrawn from the
/// identity provider's set, or another configured key) every kept token is forgotten and validated
/// afresh. The number kept is bounded; past it the cache starts over. Each request gets an identity of its own.
/// </summary>
internal sealed class CachingTokenHandler(TimeProvider clock) : JsonWebTokenHandler
{
    public const int MaxTokens = 10_000;

    private readonly ConcurrentDictionary<string, Validated> tokens = new(StringComparer.Ordinal);

    private int validations;

    /// <summary>How many tokens were validated in full rather than answered from memory.</summary>
    public int Validations => Volatile.Read(ref validations);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var keys = KeysOf(validationParameters);
        if (tokens.TryGetValue(token, out var kept))
        {
            if (!kept.Keys.SequenceEqual(keys))
            {
                tokens.Clear();
            }
            else if (clock.GetUtcNow().UtcDateTime < kept.Expires)
            {
                return new TokenValidationResult { IsValid = true, ClaimsIdentity = kept.Identity.Clone(), SecurityToken = kept.Token, TokenType = kept.TokenType };
            }
            else
            {
                tokens.TryRemove(token, out _);
            }
        }

        Interlocked.Increment(ref validations);
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result is { IsValid: true, SecurityToken: { } validated, ClaimsIdentity: { } identity } && validated.ValidTo > clock.GetUtcNow().UtcDateTime)
        {
            if (tokens.Count >= MaxTokens)
            {
                tokens.Clear();
            }

            tokens[token] = new Validated(identity.Clone(), validated, result.TokenType, validated.ValidTo, keys);
        }

        return result;
    }

    private static SecurityKey[] KeysOf(TokenValidationParameters parameters) =>
        parameters.IssuerSigningKey is { } key
            ? [key, .. parameters.IssuerSigningKeys ?? []]
            : [.. parameters.IssuerSigningKeys ?? []];

    private sealed record Validated(System.Security.Claims.ClaimsIdentity Identity, SecurityToken Token, string? TokenType, DateTime Expires, SecurityKey[] Keys);
}
