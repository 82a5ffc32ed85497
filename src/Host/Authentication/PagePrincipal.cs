using System.Security.Claims;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// The person behind a page session, built from an access token validated exactly as the API validates a bearer
/// token (same parameters, same keys): the pages and the API then see the same sub, roles, schools and boards
/// (docs/adr/0054).
/// </summary>
internal static class PagePrincipal
{
    /// <summary>The claims the platform reads (<see cref="HttpCurrentActor"/>); nothing else from a token goes into the cookie.</summary>
    public static readonly IReadOnlySet<string> Kept = new HashSet<string>(StringComparer.Ordinal)
    {
        HttpCurrentActor.SubjectClaim, HttpCurrentActor.RoleClaim, HttpCurrentActor.SchoolIdClaim, HttpCurrentActor.BoardIdClaim,
    };

    /// <returns>The principal and when the token expires, or null when the API would refuse the token.</returns>
    public static async Task<(ClaimsPrincipal Principal, DateTimeOffset Expires)?> FromAccessTokenAsync(
        string accessToken, JwtBearerOptions bearer, CancellationToken cancellationToken)
    {
        var parameters = bearer.TokenValidationParameters.Clone();
        if (bearer.ConfigurationManager is { } manager)
        {
            // As JwtBearerHandler does with an authority: its issuer and signing keys join the configured ones.
            var configuration = await manager.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }

        var result = await new JsonWebTokenHandler { MapInboundClaims = bearer.MapInboundClaims }.ValidateTokenAsync(accessToken, parameters);
        if (!result.IsValid || result.ClaimsIdentity is null)
        {
            return null;
        }

        var identity = new ClaimsIdentity(
            result.ClaimsIdentity.Claims.Where(claim => Kept.Contains(claim.Type)).Select(claim => new Claim(claim.Type, claim.Value)),
            PageSchemes.Cookie,
            parameters.NameClaimType,
            parameters.RoleClaimType);
        return (new ClaimsPrincipal(identity), new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero));
    }
}
