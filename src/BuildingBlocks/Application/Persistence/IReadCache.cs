namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

/// <summary>
/// Answers of a module kept in memory for as long as the module's data has not changed since they
/// were read: a change committed on this host, or announced by another host through the database,
/// ends every kept answer of the module. Where the database cannot tell this host of another
/// host's changes, nothing is kept and every call reads.
/// </summary>
/// <remarks>Keep only what every caller may be given alike: check a caller's access on what is returned, not inside the read.</remarks>
public interface IReadCache<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    /// <summary>The answer kept for <paramref name="key"/>, or what <paramref name="read"/> answers now; an answer that throws is not kept.</summary>
    ValueTask<TValue> GetOrReadAsync<TState>(TKey key, TState state, Func<TState, CancellationToken, Task<TValue>> read, CancellationToken cancellationToken);
}
