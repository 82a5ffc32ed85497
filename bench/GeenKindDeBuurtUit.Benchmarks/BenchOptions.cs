using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.Benchmarks;

/// <summary>
/// <c>--scale smoke|city|country</c>, <c>--out folder</c> (default bench/results), repeatable
/// <c>--host-arg key=value</c> passed to every host the run starts (the per-caller rate limit is lifted by default),
/// <c>--keep</c> to keep the temporary working folder, <c>--volume 0.1</c> to build a share of the
/// scale's yearly volumes (default 1), <c>--data folder</c> to keep the seeded data set there and use
/// it again, <c>--seed-only</c> to build (or go on building) it without measuring, <c>--step-minutes m</c>
/// to end a seeding step after about that long (run again to go on), <c>--seed n</c> for another data set of the same size,
/// <c>--provider sqlite|postgresql</c> for the database the host runs on (default sqlite), <c>--postgresql connection-string</c>
/// for the PostgreSQL server (else GKDBU_TEST_POSTGRESQL, else a private cluster), <c>--note text</c> (repeatable) for
/// the result's notes, <c>--check-cpu</c> to fail when a path's CPU per request rose more than 50% above the newest
/// committed city result's (docs/adr/0064).
/// </summary>
internal sealed record BenchOptions(
    Scale Scale,
    double Volume,
    string? OutFolder,
    IReadOnlyList<KeyValuePair<string, string>> HostArgs,
    bool Keep,
    string? DataFolder,
    bool SeedOnly,
    TimeSpan? StepBudget,
    int Seed,
    DatabaseProvider Provider,
    string? PostgreSqlServer,
    IReadOnlyList<string> Notes,
    bool CheckCpu)
{
    public static BenchOptions Parse(string[] args)
    {
        var scale = Scale.Smoke;
        string? outFolder = null;
        // The bench drives each path with one token; the per-caller limit (docs/adr/0016) would cap
        // it at 100 requests a second, so it is lifted unless --host-arg sets it again.
        var hostArgs = new List<KeyValuePair<string, string>> { new("RateLimiting:PermitLimit", "100000000") };
        var keep = false;
        var volume = 1.0;
        string? data = null;
        var seedOnly = false;
        TimeSpan? stepBudget = null;
        var seed = 1;
        var provider = DatabaseProvider.Sqlite;
        string? postgresql = null;
        var notes = new List<string>();
        var checkCpu = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scale":
                    scale = Scale.Parse(Value(args, ++i));
                    break;
                case "--out":
                    outFolder = Value(args, ++i);
                    break;
                case "--host-arg":
                    var pair = Value(args, ++i);
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        throw new ArgumentException($"--host-arg wants key=value, not '{pair}'.");
                    }

                    hostArgs.Add(new(pair[..equals], pair[(equals + 1)..]));
                    break;
                case "--volume":
                    volume = double.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
                    if (volume is <= 0 or > 1)
                    {
                        throw new ArgumentException("--volume is a share above 0 and at most 1.");
                    }

                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--data":
                    data = Value(args, ++i);
                    break;
                case "--seed-only":
                    seedOnly = true;
                    break;
                case "--step-minutes":
                    var minutes = double.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
                    stepBudget = minutes > 0 ? TimeSpan.FromMinutes(minutes) : throw new ArgumentException("--step-minutes is a positive number of minutes.");
                    break;
                case "--seed":
                    seed = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
                    break;
                case "--provider":
                    provider = Value(args, ++i) switch
                    {
                        "sqlite" => DatabaseProvider.Sqlite,
                        "postgresql" => DatabaseProvider.PostgreSql,
                        var other => throw new ArgumentException($"Unknown provider '{other}': use sqlite or postgresql."),
                    };
                    break;
                case "--postgresql":
                    postgresql = Value(args, ++i);
                    break;
                case "--note":
                    notes.Add(Value(args, ++i));
                    break;
                case "--check-cpu":
                    checkCpu = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        if (data is null && (seedOnly || stepBudget is not null))
        {
            throw new ArgumentException("--seed-only and --step-minutes build a data set over several runs: give it a folder with --data.");
        }

        if (provider == DatabaseProvider.PostgreSql && data is not null)
        {
            // The data set lives in a database the run creates and drops; a kept one would be a server's to keep.
            throw new ArgumentException("--data keeps a SQLite data set between runs; with --provider postgresql every run seeds its own database.");
        }

        if (postgresql is not null && provider != DatabaseProvider.PostgreSql)
        {
            throw new ArgumentException("--postgresql names the server of --provider postgresql.");
        }

        return new BenchOptions(scale.WithVolume(volume), volume, outFolder, hostArgs, keep, data, seedOnly, stepBudget, seed, provider, postgresql, notes, checkCpu);
    }

    private static string Value(string[] args, int index) =>
        index < args.Length ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value.");
}
