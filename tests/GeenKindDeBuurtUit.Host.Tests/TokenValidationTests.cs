using System.Net;
using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>Tokens are validated against Auth:Issuer, Auth:Audience and Auth:SigningKey; anything else is a 401.</summary>
[Collection(HostCollection.Name)]
public sealed class TokenValidationTests(PlatformFactory platform)
{
    private const string Areas = "/api/v1/areas";
    private const string OtherKey = "another-key-that-this-platform-never-trusts-4242";

    public static TheoryData<string> BrokenTokens => new() { "missing", "expired", "wrong issuer", "wrong audience", "wrong key", "alg none" };

    [Theory]
    [MemberData(nameof(BrokenTokens))]
    public async Task A_request_without_a_valid_token_is_401_with_problem_details(string broken)
    {
        var client = broken == "missing" ? platform.CreateClient() : platform.ClientWithToken(Token(broken));

        var response = await client.GetAsync(Areas);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_token_from_the_hosts_own_issuer_is_accepted()
    {
        var response = await platform.ClientWithRoles(Roles.Analyst).GetAsync(Areas);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_made_as_the_contract_describes_it_is_accepted()
    {
        var response = await platform.ClientWithToken(platform.Tokens.Valid([Roles.Swv])).GetAsync(Areas);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private string Token(string broken)
    {
        var roles = new[] { Roles.Admin };
        var now = DateTime.UtcNow;
        return broken switch
        {
            "expired" => platform.Tokens.Create(roles, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            "wrong issuer" => platform.Tokens.Create(roles, issuer: "someone-else"),
            "wrong audience" => platform.Tokens.Create(roles, audience: "another-api"),
            "wrong key" => platform.Tokens.Create(roles, key: OtherKey),
            "alg none" => Unsigned(platform.Tokens.Valid(roles)),
            _ => throw new ArgumentOutOfRangeException(nameof(broken), broken, null),
        };
    }

    /// <summary>The same claims with <c>"alg": "none"</c> and no signature.</summary>
    private static string Unsigned(string signed)
    {
        var payload = signed.Split('.')[1];
        var header = Base64Url("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{payload}.";
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
