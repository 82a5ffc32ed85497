using System.Diagnostics;
using System.Globalization;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>
/// A process's own CPU time (user + system, all its threads) from <c>/proc/&lt;pid&gt;/stat</c>, read before and
/// after a measured run: the host's CPU per request is the difference over the requests answered (docs/adr/0064).
/// </summary>
internal static class ProcessCpu
{
    private static readonly Lazy<int> TicksPerSecond = new(ReadTicksPerSecond);

    /// <summary>The process's user + system time so far.</summary>
    public static TimeSpan Read(int processId) =>
        FromTicks(ParseTicks(File.ReadAllText($"/proc/{processId}/stat")), TicksPerSecond.Value);

    public static TimeSpan FromTicks(long ticks, int ticksPerSecond) => TimeSpan.FromSeconds((double)ticks / ticksPerSecond);

    /// <summary>
    /// utime (field 14) + stime (field 15) in clock ticks. The second field, the command name in parentheses,
    /// may hold spaces and parentheses itself, so fields are counted from the last ')'.
    /// </summary>
    public static long ParseTicks(string stat)
    {
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            throw new FormatException("Not a /proc/<pid>/stat line: no ')' after the command name.");
        }

        // After ')': field 3 (state) is the first; utime is field 14, stime 15.
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 13)
        {
            throw new FormatException($"A /proc/<pid>/stat line with {fields.Length + 2} fields, fewer than 15.");
        }

        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    /// <summary><c>getconf CLK_TCK</c>: 100 on every Linux the bench has met, asked rather than assumed.</summary>
    private static int ReadTicksPerSecond()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
            var output = getconf.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return int.TryParse(output, CultureInfo.InvariantCulture, out var ticks) && ticks > 0 ? ticks : 100;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100;
        }
    }
}
