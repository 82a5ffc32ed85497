using System.Collections.Concurrent;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.Platform.ReadCaches;

/// <summary>
/// Keeps a module's answers under the module's version in <see cref="ModuleChanges"/>, taken before
/// the read: a change committed while the read ran leaves the answer unkept (its version has moved),
/// never kept as current. Besides, an answer is kept for at most <see cref="MaxAge"/>, which bounds
/// how long a change nobody announced (made by hand in the database) stays unseen.
/// </summary>
public sealed class ModuleReadCache<TKey, TValue>(ModuleChanges changes, string schema, TimeProvider clock) : IReadCache<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    // Keys are a module's own ids with a year or so: far fewer in use. Past this, start over rather than track use per hit.
    internal const int Capacity = 4096;

    private readonly ConcurrentDictionary<TKey, Kept> _kept = new();

    public async ValueTask<TValue> GetOrReadAsync<TState>(TKey key, TState state, Func<TState, CancellationToken, Task<TValue>> read, CancellationToken cancellationToken)
    {
        if (!changes.TryGetVersion(schema, out var version))
        {
            return await read(state, cancellationToken);
        }

        var now = clock.GetTimestamp();
        if (_kept.TryGetValue(key, out var kept) && kept.Version == version && clock.GetElapsedTime(kept.ReadAt, now) < MaxAge)
        {
            return kept.Value;
        }

        var value = await read(state, cancellationToken);
        if (_kept.Count >= Capacity)
        {
            _kept.Clear();
        }

        _kept[key] = new Kept(version, now, value);
        return value;
    }

    private sealed record Kept(long Version, long ReadAt, TValue Value);
}
