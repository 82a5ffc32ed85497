using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>Tokens as the contract describes them, valid or broken in one chosen way.</summary>
public sealed class TestTokens(string signingKey)
{
    public const string Issuer = "geenkinddebuurtuit";
    public const string Audience = "geenkinddebuurtuit-api";

    public string Valid(IEnumerable<string> roles, IEnumerable<Guid>? schools = null, IEnumerable<Guid>? boards = null) =>
        Create(roles, schools, boards);

    public string Create(
        IEnumerable<string> roles,
        IEnumerable<Guid>? schools = null,
        IEnumerable<Guid>? boards = null,
        string issuer = Issuer,
        string audience = Audience,
        string? key = null,
        DateTime? expires = null,
        DateTime? notBefore = null,
        string? subject = null)
    {
        var claims = new List<Claim> { new("sub", subject ?? "test-" + Guid.NewGuid().ToString("N")[..8]) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        claims.AddRange((schools ?? []).Select(s => new Claim("school_id", s.ToString())));
        claims.AddRange((boards ?? []).Select(b => new Claim("board_id", b.ToString())));
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = (notBefore ?? now).AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key ?? signingKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
