using System.Text.Json;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// What a kept data set holds and how far its seeding got (<c>manifest.json</c> next to the database):
/// a later run with the same scale, volume, seed, seeding plan and migrations uses it as it is or
/// continues it; with anything else it refuses rather than measure data it did not ask for.
/// </summary>
internal sealed class Manifest
{
    /// <summary>Raised when what a seed builds changes, so data built by an older plan is not taken for the new one.</summary>
    public const int CurrentPlan = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public required string Scale { get; init; }

    public required double Volume { get; init; }

    public required int Seed { get; init; }

    public int Plan { get; init; } = CurrentPlan;

    /// <summary>The last migration of each module context the data was built with.</summary>
    public required SortedDictionary<string, string> Migrations { get; init; }

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

        var changed = wanted.Migrations.Where(m => !Migrations.TryGetValue(m.Key, out var id) || id != m.Value).Select(m => m.Key).ToList();
        return changed.Count == 0 ? null : $"its schema predates the migrations of {string.Join(", ", changed)}";
    }

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
