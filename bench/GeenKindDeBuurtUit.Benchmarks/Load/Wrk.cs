using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>
/// The load generator: Debian's <c>wrk</c> with the Lua scripts in <c>bench/wrk</c>, installed with apt-get when
/// missing (docs/adr/0064). A script's <c>done()</c> prints one line <c>WRK-JSON {...}</c> that <see cref="Parse"/> reads.
/// </summary>
internal static class Wrk
{
    public const string Marker = "WRK-JSON ";

    /// <summary>
    /// wrk's numbers as the scripts print them (microseconds). <c>Taken</c>: for a script that spends a pool, how many
    /// of the leading ids of its file it sent requests for; ids after it were never sent.
    /// </summary>
    public sealed record Summary(
        long Requests, long DurationUs, long ActiveUs, long ConnectErrors, long ReadErrors, long WriteErrors, long StatusErrors, long Timeouts,
        long P50Us, long P95Us, long P99Us, long MaxUs, long Taken = 0)
    {
        public long Errors => ConnectErrors + ReadErrors + WriteErrors + StatusErrors + Timeouts;

        /// <summary>How long the load lasted: until the last thread stopped when the work ran out, else wrk's whole run.</summary>
        public double Seconds => (ActiveUs > 0 ? ActiveUs : DurationUs) / 1e6;
    }

    public static void EnsureInstalled()
    {
        if (Found())
        {
            return;
        }

        Console.WriteLine("bench: wrk is missing; installing Debian's package (apt-get install -y wrk)");
        // sudo -n: fail rather than wait for a password nobody will type.
        var root = Environment.UserName == "root";
        int AptGet(string arguments) => root ? Run("apt-get", arguments) : Run("sudo", "-n apt-get " + arguments);
        if (AptGet("install -y wrk") != 0)
        {
            AptGet("update -qq");
            AptGet("install -y wrk");
        }

        if (!Found())
        {
            throw new InvalidOperationException("wrk is not installed and apt-get could not install it: install Debian's wrk package.");
        }
    }

    /// <summary>Runs one script for a whole number of seconds; the script's arguments follow <c>--</c>.</summary>
    public static async Task<Summary> RunAsync(
        string script, string url, string? token, int connections, int threads, TimeSpan duration, IEnumerable<string> scriptArgs)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            $"-t{threads}", $"-c{connections}", $"-d{Math.Max(1, (int)Math.Round(duration.TotalSeconds))}s", "--timeout", "30s", "-s", script,
        })
        {
            info.ArgumentList.Add(arg);
        }

        if (token is not null)
        {
            info.ArgumentList.Add("-H");
            info.ArgumentList.Add($"Authorization: Bearer {token}");
        }

        info.ArgumentList.Add(url);
        info.ArgumentList.Add("--");
        foreach (var arg in scriptArgs)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start wrk.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk {Path.GetFileName(script)} ended with {process.ExitCode}: {await errors}{text}");
        }

        return Parse(text);
    }

    /// <summary>The figures of a wrk run's output: the line the scripts' done() writes, among wrk's own report.</summary>
    public static Summary Parse(string output)
    {
        var line = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new FormatException($"wrk printed no {Marker.Trim()} line (a script without common.done?): {output}");
        return JsonSerializer.Deserialize<Summary>(line[Marker.Length..], new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new FormatException($"An empty {Marker.Trim()} line.");
    }

    /// <summary>As the rest of the report: requests per second and percentiles in milliseconds, errors apart.</summary>
    public static LoadResult ToLoadResult(Summary summary, int connections, bool ranOut) => new(
        connections, summary.Requests, summary.Errors, Math.Round(summary.Seconds, 2), Math.Round(summary.Requests / summary.Seconds, 1),
        Ms(summary.P50Us), Ms(summary.P95Us), Ms(summary.P99Us), ranOut);

    private static double Ms(long microseconds) => Math.Round(microseconds / 1000.0, 2);

    private static bool Found() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    private static int Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { UseShellExecute = false })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No apt-get or no sudo here: the check after it says wrk is still missing.
            return -1;
        }
    }
}
