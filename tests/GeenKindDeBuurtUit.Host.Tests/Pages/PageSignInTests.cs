using System.Net;
using System.Net.Http.Headers;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>Sessions for the pages beside bearer-only API calls (docs/adr/0054), on the shared Development platform.</summary>
[Collection(HostCollection.Name)]
public sealed class PageSignInTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_anonymous_page_request_answers_401_with_a_page_that_links_to_sign_in_and_back()
    {
        var answer = await platform.Browser().GetAsync("/app?jaar=2025");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Niet aangemeld", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/aanmelden?returnUrl=%2Fapp%3Fjaar%3D2025\"", html, StringComparison.Ordinal);
        Assert.Null(answer.Headers.Location);
    }

    [Fact]
    public async Task A_bearer_token_never_authenticates_a_page()
    {
        var client = platform.Browser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HostClients.IssueToken([Roles.Admin]));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/areas")).StatusCode);
        var page = await client.GetAsync("/app");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signing_in_sets_an_httponly_lax_cookie_for_app_only_and_returns_to_the_page_asked_for()
    {
        var browser = platform.Browser();

        var signedIn = await browser.SignInAsync("analist-anna", [Roles.Analyst], returnUrl: "/app?jaar=2025");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/app?jaar=2025", signedIn.Headers.Location?.OriginalString);
        var session = Assert.Single(signedIn.SetCookies(), cookie => cookie.StartsWith(PageSignIn.SessionCookie + "=", StringComparison.Ordinal));
        Assert.Contains("path=/app", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", session, StringComparison.OrdinalIgnoreCase);

        var home = await browser.GetAsync("/app");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("analist-anna", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/monitoring\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/app/budget\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/app/pool\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_refuses_a_return_address_on_another_site_and_goes_home_instead()
    {
        var signedIn = await platform.Browser().SignInAsync("penningmeester-piet", [Roles.Treasurer], returnUrl: "https://evil.example/app");

        Assert.Equal("/app", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_form_without_a_name_or_role_shows_what_is_missing()
    {
        var browser = platform.Browser();

        var refused = await browser.SignInAsync(" ", []);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Vul een naam in.", html, StringComparison.Ordinal);
        Assert.Contains("Kies ten minste één rol.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.SetCookies(), cookie => cookie.StartsWith(PageSignIn.SessionCookie, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_session_cookie_never_authenticates_the_api()
    {
        var browser = platform.Browser();
        var signedIn = await browser.SignInAsync("beheerder-bea", [Roles.Admin]);
        var session = signedIn.SetCookies().Single(cookie => cookie.StartsWith(PageSignIn.SessionCookie + "=", StringComparison.Ordinal)).Split(';')[0];

        // Sent by hand: a browser would not even send it outside /app.
        var api = platform.UncheckedClient();
        api.DefaultRequestHeaders.Add("Cookie", session);
        var answer = await api.GetAsync("/api/v1/areas");

        await Problem.AssertAsync(answer, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/app")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_is_refused_with_a_400_page()
    {
        var browser = platform.Browser();
        await browser.SignInAsync("analist-anna", [Roles.Analyst]);

        var language = await browser.PostFormAsync("/app/taal", [new("Taal", "en")], token: null);
        var signOut = await browser.PostFormAsync("/app/afmelden", [], token: null);
        var signIn = await browser.PostFormAsync("/app/aanmelden", [new("Sub", "x"), new("Roles", Roles.Admin)], token: null);

        foreach (var refused in new[] { language, signOut, signIn })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Ongeldig verzoek", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/app")).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_are_never_cached()
    {
        var browser = platform.Browser();
        await browser.SignInAsync("analist-anna", [Roles.Analyst]);

        var page = await browser.GetAsync("/app");

        var policy = page.Header("Content-Security-Policy");
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("no-store", page.Header("Cache-Control"));
        Assert.Equal("nosniff", page.Header("X-Content-Type-Options"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_is_served_from_the_assembly_to_anyone_and_cached_for_a_year()
    {
        var answer = await platform.Browser().GetAsync("/app/static/site.css?v=1");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/css", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", answer.Header("Cache-Control"), StringComparison.Ordinal);
        Assert.Contains(":focus-visible", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_answers_a_404_page_and_the_api_keeps_its_json_problems()
    {
        var browser = platform.Browser();
        await browser.SignInAsync("analist-anna", [Roles.Analyst]);

        var missing = await browser.GetAsync("/app/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Niet gevonden", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Problem.AssertAsync(await platform.Admin().GetAsync("/api/v1/bestaat-niet"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_error_page_for_no_access_says_geen_toegang_with_status_403()
    {
        var answer = await platform.Browser().GetAsync("/app/fout/403");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("<h1 id=\"fout\">Geen toegang</h1>", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_english_switches_the_pages_and_signing_out_ends_the_session()
    {
        var browser = platform.Browser();
        await browser.SignInAsync("coordinator-cor", [Roles.Coordinator]);
        var home = await browser.GetStringAsync("/app");

        var switched = await browser.PostFormAsync("/app/taal", [new("Taal", "en"), new("ReturnUrl", "/app")], PageClients.FormToken(home));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var language = Assert.Single(switched.SetCookies(), cookie => cookie.StartsWith("gkdbu.taal=en", StringComparison.Ordinal));
        Assert.Contains("path=/app", language, StringComparison.OrdinalIgnoreCase);
        var english = await browser.GetStringAsync("/app");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Expertise pool", english, StringComparison.Ordinal);

        var signedOut = await browser.PostFormAsync("/app/afmelden", [], PageClients.FormToken(english));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await browser.GetAsync("/app");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("Not signed in", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
