using Microsoft.Playwright;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>The pages as README shows them: docs/screenshots/{name}.png, written by the tests that open them.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "docs", "screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);

        // Fonts are loaded before the picture so that two runs draw the same text the same way.
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, name + ".png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
        });
    }
}
