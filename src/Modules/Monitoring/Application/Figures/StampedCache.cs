using System.Collections.Concurrent;

namespace GeenKindDeBuurtUit.Monitoring.Application.Figures;

/// <summary>
/// Values built from read models, kept per key while the versions they were built at stand
/// (docs/adr/0025). The stamp is read before the value is built, so a value is never kept under a
/// stamp newer than what it shows; at worst it is built once more. A slow build that read an older
/// stamp does not replace a value kept at a newer one.
/// </summary>
internal sealed class StampedCache<TKey, TValue>
    where TKey : notnull
{
    // A handful of school years and thresholds in practice; the bound only stops a caller cycling through years from growing it.
    private const int MaxEntries = 64;

    private readonly ConcurrentDictionary<TKey, Stamped> _entries = new();

    public async Task<TValue> GetOrBuildAsync(TKey key, ReadModelStamp? stamp, Func<Task<TValue>> build)
    {
        if (stamp is { } current && _entries.TryGetValue(key, out var kept) && kept.Stamp == current)
        {
            return kept.Value;
        }

        var value = await build();
        if (stamp is { } read)
        {
            if (_entries.Count >= MaxEntries && !_entries.ContainsKey(key))
            {
                _entries.Clear();
            }

            var fresh = new Stamped(read, value);
            _entries.AddOrUpdate(key, fresh, (_, old) => old.Stamp != read && old.Stamp.IsAtLeast(read) ? old : fresh);
        }

        return value;
    }

    private sealed record Stamped(ReadModelStamp Stamp, TValue Value);
}
