using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Authentication;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>Signing in through the Development form, per role: the navigation offers only the pages the role may open, and signing out ends the session.</summary>
[Collection(PagesCollection.Name)]
public sealed class SignInPageTests(PagesHost host)
{
    private static readonly string[] AllPages = ["monitoring", "budget", "pool"];

    [BrowserFact]
    public async Task The_sign_in_page_is_dutch_accessible_and_pictured()
    {
        var page = await host.NewPageAsync();

        var response = await page.GotoAsync("/app/aanmelden");

        Assert.Equal(200, response!.Status);
        Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(Roles.All.Count, await page.Locator("input[name=Roles]").CountAsync());
        await PagesHost.AssertAccessibleAsync(page);
        PagesHost.AssertNoBrowserProblems(page);
        await PagesHost.ScreenshotAsync(page, "aanmelden");
    }

    [BrowserTheory]
    [InlineData(Roles.Analyst, new[] { "monitoring" })]
    [InlineData(Roles.Swv, new[] { "monitoring", "budget" })]
    [InlineData(Roles.Treasurer, new[] { "budget" })]
    [InlineData(Roles.Coordinator, new[] { "pool" })]
    [InlineData(Roles.Admin, new[] { "monitoring", "budget", "pool" })]
    [InlineData(Roles.School, new string[0])]
    public async Task A_signed_in_role_is_offered_only_the_pages_it_may_open(string role, string[] allowed)
    {
        var subject = $"{role}-nav-{Guid.NewGuid():N}"[..24];

        var page = await host.SignedInAsync(role, subject: subject);

        Assert.EndsWith("/app", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(subject, await page.InnerTextAsync("#wie"));
        foreach (var name in AllPages)
        {
            Assert.True(
                await page.Locator($"#nav-{name}").CountAsync() == (allowed.Contains(name) ? 1 : 0),
                $"{role}: the link to {name} is {(allowed.Contains(name) ? "missing" : "shown")}");
        }

        // The navigation is a promise the pages keep: what it leaves out answers 403, what it offers opens.
        foreach (var name in AllPages.Where(host.Serves))
        {
            var other = await page.Context.NewPageAsync();
            var response = await other.GotoAsync($"/app/{name}");
            Assert.True(
                allowed.Contains(name) ? response!.Status != 403 : response!.Status == 403,
                $"{role} on /app/{name}: {response.Status}");
            await other.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_start_page_is_accessible_and_signing_out_ends_the_session()
    {
        var page = await host.SignedInAsync(Roles.Admin);
        await PagesHost.AssertAccessibleAsync(page);
        PagesHost.AssertNoBrowserProblems(page);

        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == PageSignIn.SessionCookie);
        await page.ClickAsync("#afmelden");
        await page.WaitForURLAsync(url => url.EndsWith("/app/aanmelden", StringComparison.Ordinal), PagesHost.AfterCommit);
        var after = await page.GotoAsync("/app");

        Assert.Equal(401, after!.Status);
        Assert.Equal(0, await page.Locator("#afmelden").CountAsync());
        Assert.Matches(new Regex("/app/aanmelden"), await page.GetAttributeAsync("#naar-aanmelden", "href") ?? string.Empty);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == PageSignIn.SessionCookie);
    }
}
