using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// What went wrong in a page that its visitor would not see: console errors (Chromium reports a CSP
/// violation as one), uncaught exceptions, and assets (scripts, styles, images) that failed to load.
/// </summary>
internal static class BrowserProblems
{
    private static readonly ConditionalWeakTable<IPage, List<string>> Seen = [];

    public static void Watch(IPage page)
    {
        var problems = Seen.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            // A document answered with 403 or 404 is logged as a failed resource too; the status of
            // assets is checked below, and that of a page by the test that opened it.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                Add(problems, $"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add(problems, $"uncaught: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                Add(problems, $"{response.Status} for {response.Request.ResourceType} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) => Add(problems, $"failed: {request.ResourceType} {request.Url} ({request.Failure})");
    }

    public static IReadOnlyList<string> Of(IPage page)
    {
        var problems = Seen.GetOrCreateValue(page);
        lock (problems)
        {
            return [.. problems];
        }
    }

    public static void AssertNone(IPage page)
    {
        var problems = Of(page);
        Assert.True(problems.Count == 0, $"The browser saw problems on {page.Url}:\n" + string.Join("\n", problems));
    }

    private static void Add(List<string> problems, string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }
}
