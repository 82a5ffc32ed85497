using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>Signs tokens with the host's own key: for local use and for tests, never for production identities.</summary>
internal static class TokenIssuer
{
    public static string Issue(AuthSettings settings, TokenRequest request, DateTimeOffset now)
    {
        var key = settings.SigningKey ?? throw new InvalidOperationException("There is no signing key to sign a token with (an external authority issues the tokens).");
        var claims = new List<Claim> { new("sub", request.Subject) };
        claims.AddRange(request.Roles.Select(role => new Claim("role", role)));
        claims.AddRange(request.SchoolIds.Select(id => new Claim("school_id", id.ToString())));
        claims.AddRange(request.BoardIds.Select(id => new Claim("board_id", id.ToString())));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + request.Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}

internal sealed record TokenRequest(string Subject, IReadOnlyList<string> Roles, IReadOnlyList<Guid> SchoolIds, IReadOnlyList<Guid> BoardIds, TimeSpan Lifetime);
