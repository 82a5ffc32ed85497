using System.Text.Json;
using Microsoft.Playwright;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// axe-core (npm, pinned in .ci/package.json) run inside the page for WCAG 2.0 and 2.1 A and AA:
/// a serious or critical violation fails the test, named with the elements it was found on.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(BrowserRequirements.AxeScript));

    private static readonly string[] FailingImpacts = ["serious", "critical"];

    public static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        var failing = violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();
        Assert.True(
            failing.Count == 0,
            $"axe-core found {failing.Count} serious or critical violation(s) on {page.Url}:\n"
            + string.Join("\n", failing.Select(v => $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Targets)}")));
    }

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, not added as a <script>: the pages' CSP allows
        // scripts from the host only, and the check must not need that rule loosened.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(' '))
              })));
            }
            """);
        return JsonSerializer.Deserialize<List<Violation>>(json, JsonSerializerOptions.Web) ?? [];
    }

    internal sealed record Violation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets);
}
