using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GeenKindDeBuurtUit.Platform.ReadCaches;

/// <summary>
/// What this host knows of the changes to each module's data: a version per schema that moves
/// after every commit that wrote to it, on this host or, announced through the database, on
/// another. A read cache keeps an answer only under the version it read it under.
/// </summary>
/// <param name="hearsEveryWriter">
/// Whether every writer of the database is known from the start: true for SQLite, where this host is
/// the only one; otherwise false until a listener hears the other hosts (<see cref="Listening"/>).
/// </param>
public sealed class ModuleChanges(bool hearsEveryWriter)
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _versions = new(StringComparer.Ordinal);
    private volatile bool _hearsEveryWriter = hearsEveryWriter;

    /// <returns>False while a change by another host could go unheard: a read must then go to the database.</returns>
    public bool TryGetVersion(string schema, out long version)
    {
        if (!_hearsEveryWriter)
        {
            version = 0;
            return false;
        }

        version = Volatile.Read(ref VersionOf(schema).Value);
        return true;
    }

    /// <summary>A commit wrote to the schema; called after it is visible, never before.</summary>
    public void Changed(string schema) => Interlocked.Increment(ref VersionOf(schema).Value);

    /// <summary>
    /// Another host's changes are heard from now on. Whatever it changed while they were not
    /// heard is unknown, so every answer kept before ends.
    /// </summary>
    public void Listening()
    {
        ChangedEverywhere();
        _hearsEveryWriter = true;
    }

    /// <summary>The way changes were heard is lost: answers are read from the database until <see cref="Listening"/>.</summary>
    public void Deaf()
    {
        _hearsEveryWriter = false;
        ChangedEverywhere();
    }

    private void ChangedEverywhere()
    {
        foreach (var version in _versions.Values)
        {
            Interlocked.Increment(ref version.Value);
        }
    }

    private StrongBox<long> VersionOf(string schema) => _versions.GetOrAdd(schema, static _ => new StrongBox<long>());
}
