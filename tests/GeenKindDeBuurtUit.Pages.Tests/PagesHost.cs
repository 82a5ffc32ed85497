using System.Collections.Concurrent;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// The platform on Kestrel in Development (so the local sign-in exists) and Debian's Chromium driven
/// by Playwright (docs/adr/0058). Pages are opened in contexts of their own, Dutch and in Amsterdam's
/// time, so one test's sign-in never leaks into another's.
/// </summary>
public sealed class PagesHost : IAsyncLifetime
{
    // What a headless Chromium in a container needs, and nothing that reaches out to the internet.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PlatformFactory Platform { get; } = PlatformFactory.OnRealServer();

    public Uri Address => Platform.ServerAddress;

    private IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"No browser: {BrowserRequirements.Missing ?? "it did not start"} (docs/adr/0058).");

    public async Task InitializeAsync()
    {
        if (BrowserRequirements.Missing is not null && !BrowserRequirements.InCi)
        {
            // Every test of the collection is skipped; starting the platform would only cost time.
            return;
        }

        await Platform.InitializeAsync();
        MapTiles.Use(Platform, string.Empty);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserRequirements.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Platform.DisposeAsync();
    }

    /// <summary>A page in a fresh context (no cookies), watched for console errors and CSP violations.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ReducedMotion = ReducedMotion.Reduce,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        BrowserProblems.Watch(page);
        return page;
    }

    /// <summary>
    /// Signs in through the real Development form at /app/aanmelden, as a person with one role and
    /// the given schools and boards, and answers the page it lands on.
    /// </summary>
    public async Task<IPage> SignedInAsync(string role, IEnumerable<Guid>? schools = null, IEnumerable<Guid>? boards = null, string? subject = null)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/app/aanmelden");
        await page.FillAsync("#sub", subject ?? $"{role}-{Guid.NewGuid():N}"[..20]);
        await page.CheckAsync($"input[name=Roles][value={role}]");
        await page.FillAsync("#schools", string.Join(",", schools ?? []));
        await page.FillAsync("#boards", string.Join(",", boards ?? []));
        await page.ClickAsync("#aanmelden");

        // The address is polled, not awaited with its load event: WaitForURL, finding the new address already
        // there, waits for a load event Playwright had seen before it listened, until its timeout (once in CI).
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/app/aanmelden"));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return page;
    }

    /// <summary>Whether the host maps the page /app/{name} (a page of another part of the work may not exist yet).</summary>
    public bool Serves(string name) =>
        Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Any(e => e.RoutePattern.RawText?.Trim('/').Split('/') is ["app", var first, ..] && first == name);

    /// <summary>The API with a bearer token, to arrange what a page is to show.</summary>
    public HttpClient Api(string role, IEnumerable<Guid>? schools = null, IEnumerable<Guid>? boards = null) =>
        Platform.ClientAs(role, schools, boards);

    /// <summary>
    /// Waits for a form's navigation only until the new page is committed. Waiting for its load event too
    /// timed out now and then on a busy machine after the page had loaded (Playwright logged network idle
    /// but never load); what follows waits for what it reads, or navigates again.
    /// </summary>
    public static PageWaitForURLOptions AfterCommit { get; } = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>Fails with every serious or critical WCAG 2.x A/AA violation axe-core finds on the page.</summary>
    public static Task AssertAccessibleAsync(IPage page) => Axe.AssertAccessibleAsync(page);

    /// <summary>docs/screenshots/{name}.png, the whole page.</summary>
    public static Task ScreenshotAsync(IPage page, string name) => Screenshots.TakeAsync(page, name);

    /// <summary>Fails when the page logged a console error, broke a CSP rule, threw, or failed to load a resource.</summary>
    public static void AssertNoBrowserProblems(IPage page) => BrowserProblems.AssertNone(page);

    /// <summary>Clicks what starts a download and answers the file's bytes and suggested name.</summary>
    public static async Task<(byte[] Content, string FileName)> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        var path = await download.PathAsync();
        return (await File.ReadAllBytesAsync(path), download.SuggestedFilename);
    }
}
