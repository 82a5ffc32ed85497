using System.Diagnostics;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Runs the seeding phases of one step against the manifest: a phase of work items goes in chunks,
/// items in parallel within a chunk, and its progress is saved after every chunk, so the step can end
/// at its budget and the next run go on from the next chunk (docs/adr/0023).
/// </summary>
internal sealed class PhaseRunner(DataSet dataSet, Manifest manifest, StepBudget budget)
{
    private const int ChunkSize = 500;

    /// <returns>True when the phase is finished.</returns>
    public async Task<bool> ItemsAsync(string name, int total, Func<int, bool, Task> item)
    {
        var phase = manifest.Phase(name);
        if (phase.Finished)
        {
            return true;
        }

        phase.Total = total;
        while (phase.Done < total)
        {
            if (budget.Spent)
            {
                dataSet.Save(manifest);
                return false;
            }

            // Still marked from a step that was killed inside this chunk: its items look before they act.
            var repair = phase.InProgress;
            var count = Math.Min(ChunkSize, total - phase.Done);
            phase.InProgress = true;
            dataSet.Save(manifest);
            var watch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(phase.Done, count), Seeder.Parallelism, async (i, _) => await item(i, repair));
            phase.Done += count;
            phase.InProgress = false;
            phase.Seconds += watch.Elapsed.TotalSeconds;
            dataSet.Save(manifest);
            Console.WriteLine($"seed: {name} {phase.Done:N0}/{total:N0} ({count / watch.Elapsed.TotalSeconds:F0} items/s{(repair ? ", chunk repaired" : string.Empty)})");
        }

        return Finish(name, phase);
    }

    /// <summary>A phase without items (a wait, or a few idempotent commands): finished once it answers true.</summary>
    public async Task<bool> OnceAsync(string name, Func<Task<bool>> work)
    {
        var phase = manifest.Phase(name);
        if (phase.Finished)
        {
            return true;
        }

        var watch = Stopwatch.StartNew();
        var finished = await work();
        phase.Seconds += watch.Elapsed.TotalSeconds;
        if (!finished)
        {
            dataSet.Save(manifest);
            return false;
        }

        return Finish(name, phase);
    }

    private bool Finish(string name, PhaseProgress phase)
    {
        phase.Finished = true;
        dataSet.Save(manifest);
        Console.WriteLine($"seed: {name} finished ({phase.Seconds:F1} s over all steps)");
        return true;
    }
}
