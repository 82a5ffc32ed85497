using Microsoft.Playwright;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>The harness can fail: axe-core finds what is wrong, and the browser reaches the platform on Kestrel.</summary>
[Collection(PagesCollection.Name)]
public sealed class HarnessTests(PagesHost host)
{
    [BrowserFact]
    public async Task Axe_fails_a_page_with_a_serious_violation_naming_the_rule_and_the_element()
    {
        var page = await host.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html><head><title>t</title></head><body><main><img id=\"kaart\" src=\"data:,\"></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PagesHost.AssertAccessibleAsync(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#kaart", failure.Message, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_console_error_is_seen()
    {
        var page = await host.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html lang=\"nl\"><head><title>t</title></head><body></body></html>");
        await page.EvaluateAsync("() => console.error('kapot')");

        var failure = Assert.ThrowsAny<Exception>(() => PagesHost.AssertNoBrowserProblems(page));

        Assert.Contains("kapot", failure.Message, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_browser_reaches_the_platform_on_its_port()
    {
        var page = await host.NewPageAsync();

        var response = await page.GotoAsync("/health/live");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("http://", host.Address.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(80, host.Address.Port);
    }
}
