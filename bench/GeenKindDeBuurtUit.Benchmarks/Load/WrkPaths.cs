using System.Globalization;
using GeenKindDeBuurtUit.Benchmarks.Seeding;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>
/// A path wrk drives: its script in <c>bench/wrk</c>, the role of its token (null: none) and the script's
/// arguments for one wrk run. A path with a <c>Pool</c> spends one prepared case per request; each wrk run
/// gets a file of its own share of what is left. <c>UrlPath</c> is the path of the URL wrk is given, for a
/// script that builds no requests of its own.
/// </summary>
internal sealed record WrkPath(
    string Name, bool IsWrite, string? Role, string Script, Func<WrkRun, IReadOnlyList<string>> Args, IReadOnlyList<Guid>? Pool = null, string UrlPath = "");

/// <summary>
/// One wrk run of a path: its number in the bench, the host it drives (0, or 1 for the second host: two wrk runs
/// share a number), the file of its pool share, its thread count.
/// </summary>
internal sealed record WrkRun(int Number, int Host, string? PoolFile, int Threads);

/// <summary>The six paths the performance targets name, over the seeded data, and the bare Kestrel ceiling.</summary>
internal static class WrkPaths
{
    public const string BareName = "bare Kestrel GET (ceiling)";

    public static WrkPath Bare(string root) => new(BareName, false, null, Script(root, "bare-kestrel"), _ => [], UrlPath: "/ping");

    public static IReadOnlyList<WrkPath> For(string root, string folder, SeededData data, IReadOnlyList<Guid> otPool)
    {
        var year = SchoolYears.Name(SchoolYears.CurrentStart);
        var cases = Ids(folder, "case-ids.txt", data.CaseIds);
        var schools = Ids(folder, "school-ids.txt", data.SchoolIds);
        var pageSchools = Ids(folder, "page-school-ids.txt", data.PageSchoolIds);
        var areas = Ids(folder, "area-ids.txt", data.AreaIds);

        // Letters apart from the run's number keep pupil references unique over the runs of one data set.
        var tag = string.Concat(Enumerable.Range(0, 5).Select(_ => (char)('a' + Random.Shared.Next(26))));
        return
        [
            new("GET support case", false, "swv", Script(root, "support-case"), _ => [cases]),
            new("GET page of cases", false, "swv", Script(root, "cases-page"), _ => [pageSchools]),
            new("GET budget summary", false, "swv", Script(root, "budget-summary"), _ => [areas, year]),
            new("GET monitoring referrals by area", false, "analyst", Script(root, "monitoring-referrals"), _ => [year]),
            new("POST support case", true, "swv", Script(root, "create-support-case"), run => [schools, $"{tag}r{run.Number}h{run.Host}"]),
            new("POST OT referral", true, "swv", Script(root, "ot-referral"),
                run => [run.PoolFile!, run.Threads.ToString(CultureInfo.InvariantCulture), SchoolYears.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                otPool),
        ];
    }

    private static string Script(string root, string name) => Path.Combine(root, "bench", "wrk", name + ".lua");

    private static string Ids(string folder, string file, IReadOnlyList<Guid> ids)
    {
        var path = Path.Combine(folder, file);
        File.WriteAllLines(path, ids.Select(id => id.ToString()));
        return path;
    }
}
