using System.Text.Json;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// What a kept data set holds and how far its seeding got (<c>manifest.json</c> next to the database):
/// a later run with the same scale, volume, seed and seeding plan, and migrations no newer than its
/// own, uses it as it is or continues it; with anything else it refuses rather than measure data it did not ask for.
/// </summary>
internal sealed class Manifest
{
    /// <summary>Raised when what a seed builds changes, so data built by an older plan is not taken for the new one.</summary>
    public const int CurrentPlan = 4;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public required string Scale { get; init; }

    public required double Volume { get; init; }

    public required int Seed { get; init; }

    public int Plan { get; init; } = CurrentPlan;

    /// <summary>The last migration of each module context the data set's schema has: set again when a seeding step migrates it forward.</summary>
    public required SortedDictionary<string, string> Migrations { get; set; }

    public Dictionary<string, PhaseProgress> Phases { get; init; } = [];

    public List<SeedingStep> Steps { get; init; } = [];

    public bool Complete { get; set; }

    public PhaseProgress Phase(string name)
    {
        if (!Phases.TryGetValue(name, out var phase))
        {
            phase = Phases[name] = new PhaseProgress();
        }

        return phase;
    }

    /// <summary>Why this data set is not the one asked for; null when it is.</summary>
    public string? Mismatch(Manifest wanted)
    {
        if (Scale != wanted.Scale || Volume != wanted.Volume || Seed != wanted.Seed)
        {
            return $"it holds scale {Scale} at volume {Volume} with seed {Seed}, not {wanted.Scale} at {wanted.Volume} with seed {wanted.Seed}";
        }

        if (Plan != wanted.Plan)
        {
            return $"it was built by seeding plan {Plan}, this benchmark builds plan {wanted.Plan}";
        }

        var newer = Migrations.Where(m => !wanted.Migrations.TryGetValue(m.Key, out var id) || string.CompareOrdinal(m.Value, id) > 0).Select(m => m.Key).ToList();
        return newer.Count == 0 ? null : $"its schema is newer than this build's for {string.Join(", ", newer)}";
    }

    /// <summary>
    /// Module contexts whose schema in this data set is older than this build's. Such a data set is
    /// used as it is: every platform that opens it (the seeding platform, the measured host on its
    /// copy) applies the newer migrations at start, as a production database is upgraded, so a
    /// migration does not cost a full seeding again (docs/adr/0025).
    /// </summary>
    public IReadOnlyList<string> OlderSchemaThan(Manifest wanted) =>
        wanted.Migrations.Where(m => !Migrations.TryGetValue(m.Key, out var id) || string.CompareOrdinal(id, m.Value) < 0).Select(m => m.Key).ToList();

    public static Manifest? Read(string file) =>
        File.Exists(file) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(file), Json) : null;

    /// <summary>Written to a temporary file and moved over the old one: a step killed while writing leaves the previous manifest.</summary>
    public void Write(string file)
    {
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json) + "\n");
        File.Move(temporary, file, overwrite: true);
    }
}

/// <summary>
/// One phase's progress: <c>Done</c> work items of <c>Total</c> finished. <c>InProgress</c> is set
/// while a chunk runs; still set when a step starts means the step before was killed inside that
/// chunk, whose items are then checked before they are done again.
/// </summary>
internal sealed class PhaseProgress
{
    public int Done { get; set; }

    public int Total { get; set; }

    public bool InProgress { get; set; }

    public bool Finished { get; set; }

    public double Seconds { get; set; }
}

internal sealed record SeedingStep(DateTimeOffset StartedAt, double Seconds, string Commit, bool Finished);
