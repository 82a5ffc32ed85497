using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>A partner organisation signs in like every role and is offered only what it may see (docs/adr/0062).</summary>
[Collection(HostCollection.Name)]
public sealed class PagePartnerTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_sign_in_form_offers_the_partner_role_by_its_name()
    {
        var form = await platform.Browser().GetStringAsync("/app/aanmelden");

        Assert.Contains("id=\"role-partner\"", form, StringComparison.Ordinal);
        Assert.Contains("Partner (beheert voorzieningen op de BEN-kaart)", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_sees_no_page_of_cases_budgets_figures_or_the_pool_and_is_refused_them()
    {
        var browser = platform.Browser();
        await browser.SignInAsync("partner-buurtteam", [Roles.Partner]);

        var home = await browser.GetAsync("/app");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("partner-buurtteam", html, StringComparison.Ordinal);
        foreach (var page in new[] { "/app/monitoring", "/app/budget", "/app/pool" })
        {
            Assert.DoesNotContain($"href=\"{page}\"", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(page)).StatusCode);
        }
    }
}
