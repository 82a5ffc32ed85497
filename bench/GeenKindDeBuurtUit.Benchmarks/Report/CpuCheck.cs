using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.Benchmarks.Report;

/// <summary>
/// Keeps what was gained (docs/adr/0064): a path whose host CPU per request rose more than 50% above the newest
/// committed city result's figure for that path fails the run. Per request, not rps, so a busy CI machine moves it
/// less; a path with too few requests to judge is named and passed over, as is a run with no committed figures yet.
/// A slower machine raises every path's CPU per request alike, bare Kestrel's too: a path fails only when it also
/// rose more than 50% as a multiple of bare Kestrel's CPU per request in the same run (docs/adr/0078).
/// </summary>
internal static class CpuCheck
{
    /// <summary>The exit code of a run that passed every other check but used more CPU per request than allowed.</summary>
    public const int Regressed = 4;

    public const double Margin = 1.5;

    /// <summary>
    /// Below this many requests one GC pause could decide the figure: a path costs a millisecond or more of CPU a
    /// request, so 200 of them are 200 ms or more, against a few milliseconds for a gen-0 collection.
    /// </summary>
    public const long MinimumRequests = 200;

    public static int Run(BenchResult result, string resultsFolder)
    {
        var baseline = NewestWithFigures(resultsFolder, result.Provider);
        if (baseline is null)
        {
            Console.WriteLine($"cpu check: skipped, no committed city result on {result.Provider} in {resultsFolder} has CPU-per-request figures yet.");
            return 0;
        }

        var (file, figures, bareThen) = baseline.Value;
        var bareNow = result.Ceilings.FirstOrDefault(c => c.Name == Load.WrkPaths.BareName)?.CpuMsPerRequest;
        var slower = bareNow is > 0 && bareThen is > 0 ? bareNow.Value / bareThen.Value : (double?)null;
        Console.WriteLine(slower is { } factor
            ? $"cpu check: bare Kestrel {F(bareNow!.Value)} ms CPU a request, committed {F(bareThen!.Value)} ms: this machine takes {factor:0.##} times the CPU."
            : "cpu check: no bare Kestrel CPU figure in this run or the committed one: judged on CPU per request alone.");
        var failed = 0;
        foreach (var path in result.Endpoints.Where(e => e.Hosts == 1 && e.JudgedCpuMs is not null))
        {
            if (!figures.TryGetValue(path.Name, out var committed))
            {
                Console.WriteLine($"cpu check: {path.Name}: not in {file}, not judged.");
                continue;
            }

            var measured = path.JudgedCpuMs!.Value;
            if (path.Result.Requests < MinimumRequests)
            {
                Console.WriteLine($"cpu check: {path.Name}: {path.Result.Requests} requests, fewer than {MinimumRequests:N0}, not judged ({F(measured)} ms).");
                continue;
            }

            var allowed = committed * Margin;
            var allowedHere = committed * Margin * Math.Max(1, slower ?? 1);
            var rose = measured > allowed && measured > allowedHere;
            failed += rose ? 1 : 0;
            var scaled = allowedHere > allowed ? $", {F(allowedHere)} ms on this slower machine" : string.Empty;
            Console.WriteLine($"cpu check: {path.Name}: {F(measured)} ms CPU a request, committed {F(committed)} ms, allowed {F(allowed)} ms{scaled}: {(rose ? "ROSE" : "ok")}");
        }

        Console.WriteLine(failed == 0
            ? $"cpu check: passed against {file}"
            : $"cpu check: {failed} path(s) use more than {Margin:0.#} times the CPU per request of {file}");
        return failed == 0 ? 0 : Regressed;
    }

    /// <summary>
    /// The newest <c>city[-engine]-yyyyMMdd-HHmm.json</c> of the provider whose paths carry CPU figures, with those
    /// figures by path and bare Kestrel's CPU per request in that run.
    /// </summary>
    public static (string File, Dictionary<string, double> Figures, double? Bare)? NewestWithFigures(string folder, string provider)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var engine = provider == "Sqlite" ? string.Empty : "-" + provider.ToLowerInvariant();
        var pattern = new Regex($"^city{Regex.Escape(engine)}-[0-9]{{8}}-[0-9]{{4}}\\.json$");
        foreach (var file in Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => pattern.IsMatch(f!)).OrderDescending())
        {
            var json = File.ReadAllText(Path.Combine(folder, file!));
            var figures = Figures(json);
            if (figures.Count > 0)
            {
                return (file!, figures, BareCpu(json));
            }
        }

        return null;
    }

    /// <summary>Each one-host path's judged CPU per request in a result's JSON; none in a result from before wrk.</summary>
    public static Dictionary<string, double> Figures(string json)
    {
        var figures = new Dictionary<string, double>();
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("endpoints", out var endpoints))
        {
            return figures;
        }

        foreach (var endpoint in endpoints.EnumerateArray())
        {
            if (endpoint.TryGetProperty("judgedCpuMs", out var cpu) && cpu.ValueKind == JsonValueKind.Number
                && endpoint.GetProperty("hosts").GetInt32() == 1)
            {
                figures[endpoint.GetProperty("name").GetString()!] = cpu.GetDouble();
            }
        }

        return figures;
    }

    /// <summary>Bare Kestrel's CPU per request among a result's ceilings; none in a result from before wrk.</summary>
    public static double? BareCpu(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("ceilings", out var ceilings))
        {
            return null;
        }

        foreach (var ceiling in ceilings.EnumerateArray())
        {
            if (ceiling.GetProperty("name").GetString() == Load.WrkPaths.BareName
                && ceiling.TryGetProperty("cpuMsPerRequest", out var cpu) && cpu.ValueKind == JsonValueKind.Number)
            {
                return cpu.GetDouble();
            }
        }

        return null;
    }

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
