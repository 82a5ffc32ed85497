using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>A page session reads a token exactly as the API reads it as a bearer token (docs/adr/0054).</summary>
[Collection(HostCollection.Name)]
public sealed class PagePrincipalTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_session_principal_holds_what_the_api_reads_from_the_same_token()
    {
        var schools = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var boards = new[] { Guid.NewGuid() };
        var token = HostClients.IssueToken([Roles.Treasurer, Roles.Analyst], schools, boards);
        using var scope = platform.Services.CreateScope();

        var api = await ApiActorAsync(scope.ServiceProvider, token);
        var session = await PagePrincipal.FromAccessTokenAsync(token, Bearer(scope.ServiceProvider), CancellationToken.None);

        Assert.NotNull(session);
        var page = Actor(session.Value.Principal);
        Assert.Equal("host-tests", page.Subject);
        Assert.Equal(api.Subject, page.Subject);
        Assert.Equal(api.Roles.Order(), page.Roles.Order());
        Assert.Equal(api.SchoolIds.Order(), page.SchoolIds.Order());
        Assert.Equal(api.BoardIds.Order(), page.BoardIds.Order());
        Assert.Equal(boards, page.BoardIds);
        Assert.True(session.Value.Principal.IsInRole(Roles.Treasurer));
        Assert.Equal("host-tests", session.Value.Principal.Identity?.Name);
        Assert.InRange(session.Value.Expires, DateTimeOffset.UtcNow.AddMinutes(55), DateTimeOffset.UtcNow.AddMinutes(61));
        Assert.All(session.Value.Principal.Claims, claim => Assert.Contains(claim.Type, PagePrincipal.Kept));
    }

    [Fact]
    public async Task A_token_the_api_refuses_makes_no_session()
    {
        using var scope = platform.Services.CreateScope();
        var bearer = Bearer(scope.ServiceProvider);

        var foreign = platform.Tokens.Create([Roles.Admin], key: "another-signing-key-of-at-least-32-bytes-long!!");
        var otherAudience = platform.Tokens.Create([Roles.Admin], audience: "someone-else");
        var expired = platform.Tokens.Create([Roles.Admin], expires: DateTime.UtcNow.AddMinutes(-5), notBefore: DateTime.UtcNow.AddHours(-1));

        Assert.Null(await PagePrincipal.FromAccessTokenAsync(foreign, bearer, CancellationToken.None));
        Assert.Null(await PagePrincipal.FromAccessTokenAsync(otherAudience, bearer, CancellationToken.None));
        Assert.Null(await PagePrincipal.FromAccessTokenAsync(expired, bearer, CancellationToken.None));
        Assert.Null(await PagePrincipal.FromAccessTokenAsync("not-a-token", bearer, CancellationToken.None));
    }

    private static JwtBearerOptions Bearer(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

    private static async Task<HttpCurrentActor> ApiActorAsync(IServiceProvider services, string token)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/areas";
        context.Request.Headers.Authorization = "Bearer " + token;
        var result = await context.AuthenticateAsync();
        Assert.True(result.Succeeded, result.Failure?.Message);
        return Actor(result.Principal!);
    }

    private static HttpCurrentActor Actor(System.Security.Claims.ClaimsPrincipal principal) =>
        new(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = principal } });
}
