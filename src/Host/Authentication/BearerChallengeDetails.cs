using GeenKindDeBuurtUit.Host.Edge;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// Why a token was refused, as the 401's <c>detail</c> (docs/adr/0028). The handler still answers
/// the challenge itself, so <c>WWW-Authenticate</c> stays; the status code pages write the body.
/// Said in our words, never the validator's: those can name keys.
/// </summary>
internal static class BearerChallengeDetails
{
    public static Task OnChallenge(JwtBearerChallengeContext context, AuthSettings settings)
    {
        var detail = Explain(context.Request.Headers.Authorization.ToString(), context.AuthenticateFailure, settings);
        ProblemDetailHint.Set(context.HttpContext, StatusCodes.Status401Unauthorized, detail);
        return Task.CompletedTask;
    }

    public static string Explain(string authorization, Exception? failure, AuthSettings settings) => failure switch
    {
        null when string.IsNullOrWhiteSpace(authorization) => "The request has no Authorization header: send Authorization: Bearer <token>.",
        null => "The Authorization header holds no bearer token: send Authorization: Bearer <token>.",
        SecurityTokenExpiredException expired => $"The token expired at {expired.Expires:yyyy-MM-dd HH:mm:ss} UTC: get a new one.",
        SecurityTokenNotYetValidException early => $"The token is not valid before {early.NotBefore:yyyy-MM-dd HH:mm:ss} UTC.",
        SecurityTokenNoExpirationException => "The token has no expiry (exp): tokens for this API must expire.",
        SecurityTokenInvalidAudienceException => $"The token is meant for another audience: its aud must be '{settings.Audience}'.",
        SecurityTokenInvalidIssuerException => $"The token comes from another issuer: its iss must be '{settings.Issuer}'.",
        SecurityTokenInvalidAlgorithmException => "The token is signed with an algorithm this API does not accept.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "The token's signature does not verify: it was not signed with a key this API trusts.",
        SecurityTokenMalformedException or ArgumentException => "The bearer token is not a well-formed JWT.",
        _ => "The bearer token could not be validated: get a new token from the issuer this API trusts.",
    };
}
