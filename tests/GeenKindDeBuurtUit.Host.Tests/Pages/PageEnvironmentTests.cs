using System.Net;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Host.Tests.Edge;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>How signing in to the pages changes outside Development and with an identity provider. Each test starts a host of its own.</summary>
[Collection(HostCollection.Name)]
public sealed class PageEnvironmentTests
{
    [Fact]
    public async Task Production_has_no_local_sign_in_form_and_a_post_to_it_is_404()
    {
        using var host = new EdgeHost("Production", new Dictionary<string, string>());
        var browser = host.Browser("https://platform.example");

        var page = await browser.GetAsync("/app/aanmelden");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("id=\"sub\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"niet-ingericht\"", html, StringComparison.Ordinal);

        var post = await browser.PostFormAsync("/app/aanmelden", [new("Sub", "x"), new("Roles", "admin")], PageClients.FormToken(html));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain(post.SetCookies(), cookie => cookie.StartsWith(PageSignIn.SessionCookie, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_an_authority_and_a_client_the_pages_sign_in_by_code_flow_with_pkce_into_the_session_cookie()
    {
        using var host = new EdgeHost("Production", new Dictionary<string, string>
        {
            ["Auth:SigningKey"] = string.Empty,
            ["Auth:Authority"] = "https://idp.example/realms/swv",
            ["Auth:ClientId"] = "gkdbu-pages",
            ["Auth:Scope"] = "gkdbu-api profile",
        });

        var browser = host.Browser("https://platform.example");
        var page = await browser.GetAsync("/app/aanmelden");
        var html = await page.Content.ReadAsStringAsync();
        var options = host.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(PageSchemes.OpenIdConnect);

        Assert.Equal(OpenIdConnectResponseType.Code, options.ResponseType);
        Assert.True(options.UsePkce);
        Assert.False(options.MapInboundClaims);
        Assert.False(options.SaveTokens);
        Assert.Equal(PageSchemes.Cookie, options.SignInScheme);
        Assert.Equal("/app/signin-oidc", options.CallbackPath.Value);
        Assert.Equal("https://idp.example/realms/swv", options.Authority);
        Assert.True(options.RequireHttpsMetadata);
        Assert.Equal(["openid", "gkdbu-api", "profile"], options.Scope);
        Assert.Contains("id=\"aanmelden-provider\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"sub\"", html, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' https://idp.example;", page.Header("Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_client_id_there_is_no_openid_connect_scheme()
    {
        Assert.False(new AuthSettings { Authority = "https://idp.example" }.PagesUseOpenIdConnect);
        Assert.True(new AuthSettings { Authority = "https://idp.example", ClientId = "pages" }.PagesUseOpenIdConnect);
    }
}
