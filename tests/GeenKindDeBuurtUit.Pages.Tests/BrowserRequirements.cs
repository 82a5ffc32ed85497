namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>What the browser tests need on the machine: Debian's Chromium and axe-core from <c>.ci/node_modules</c>.</summary>
internal static class BrowserRequirements
{
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("GKDBU_CHROMIUM") ?? "/usr/bin/chromium";

    public static string AxeScript { get; } = Path.Combine(Repository.Root, ".ci", "node_modules", "axe-core", "axe.min.js");

    /// <summary>In CI a missing browser is a failure, never a skip: the tests must run there.</summary>
    public static bool InCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing { get; } =
        !File.Exists(Chromium) ? $"Chromium is not at {Chromium} (apt-get install chromium, or set GKDBU_CHROMIUM)"
        : !File.Exists(AxeScript) ? $"axe-core is not at {AxeScript} (run: cd .ci && npm ci)"
        : null;
}
