using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GeenKindDeBuurtUit.Benchmarks.Report;

internal sealed record Machine(string Os, string Cpu, int Cores, string Runtime, string HostName)
{
    public static Machine Current() => new(
        RuntimeInformation.OSDescription, CpuModel(), Environment.ProcessorCount, RuntimeInformation.FrameworkDescription, Environment.MachineName);

    /// <summary>The commit of the repository, with "+dirty" when the working tree has changes.</summary>
    public static string Commit(string repositoryRoot)
    {
        var head = Git(repositoryRoot, "rev-parse --short=12 HEAD");
        if (head is null)
        {
            return "unknown";
        }

        return string.IsNullOrWhiteSpace(Git(repositoryRoot, "status --porcelain --untracked-files=no")) ? head : head + "+dirty";
    }

    /// <summary>The first three fields of /proc/loadavg, or "unknown" where there is none.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string? Git(string folder, string arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git", $"-C \"{folder}\" {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
