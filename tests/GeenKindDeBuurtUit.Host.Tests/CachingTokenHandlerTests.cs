using System.Security.Claims;
using System.Text;
using GeenKindDeBuurtUit.Host.Authentication;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>A validated token is answered from memory until its exp, and forgotten when the signing keys change (docs/adr/0066).</summary>
public sealed class CachingTokenHandlerTests
{
    private static readonly SymmetricSecurityKey KeyA = new(Encoding.UTF8.GetBytes("the-first-signing-key-of-this-test-0123456789"));
    private static readonly SymmetricSecurityKey KeyB = new(Encoding.UTF8.GetBytes("the-second-signing-key-of-this-test-987654321"));

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_same_token_again_is_answered_from_memory_with_an_identity_of_its_own()
    {
        var handler = new CachingTokenHandler(clock);
        var token = Token(KeyA, TimeSpan.FromHours(1));

        var first = await handler.ValidateTokenAsync(token, Parameters(KeyA));
        var second = await handler.ValidateTokenAsync(token, Parameters(KeyA));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, handler.Validations);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("someone", second.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Equal(first.SecurityToken.ValidTo, second.SecurityToken.ValidTo);
    }

    [Fact]
    public async Task A_kept_token_is_refused_once_its_key_is_withdrawn()
    {
        var handler = new CachingTokenHandler(clock);
        var token = Token(KeyA, TimeSpan.FromHours(1));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(KeyA))).IsValid);

        var afterWithdrawal = await handler.ValidateTokenAsync(token, Parameters(KeyB));

        Assert.False(afterWithdrawal.IsValid);
        Assert.Equal(2, handler.Validations);
    }

    [Fact]
    public async Task A_kept_token_is_validated_again_once_its_exp_has_passed()
    {
        var handler = new CachingTokenHandler(clock);
        var token = Token(KeyA, TimeSpan.FromHours(1));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(KeyA))).IsValid);

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await handler.ValidateTokenAsync(token, Parameters(KeyA));

        Assert.Equal(2, handler.Validations);
    }

    [Fact]
    public async Task A_refused_token_is_not_kept()
    {
        var handler = new CachingTokenHandler(clock);
        var token = Token(KeyB, TimeSpan.FromHours(1));

        Assert.False((await handler.ValidateTokenAsync(token, Parameters(KeyA))).IsValid);
        Assert.False((await handler.ValidateTokenAsync(token, Parameters(KeyA))).IsValid);

        Assert.Equal(2, handler.Validations);
    }

    private static TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = "issuer",
        ValidAudience = "audience",
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
        NameClaimType = "sub",
    };

    private static string Token(SecurityKey key, TimeSpan lifetime) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "issuer",
        Audience = "audience",
        Subject = new ClaimsIdentity([new Claim("sub", "someone")]),
        Expires = DateTime.UtcNow.Add(lifetime),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });
}
