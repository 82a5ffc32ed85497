namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// A test in a real browser: skipped with the reason on a workstation without Chromium or axe-core,
/// run (and failing on what is missing) when CI=true, so CI cannot pass without them.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserRequirements.Missing is { } reason && !BrowserRequirements.InCi)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory in a real browser, skipped or failing as <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserRequirements.Missing is { } reason && !BrowserRequirements.InCi)
        {
            Skip = reason;
        }
    }
}
