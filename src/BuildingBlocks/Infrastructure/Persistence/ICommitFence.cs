using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// A condition a module's commit must still meet, checked in the commit's own transaction: when
/// it no longer holds, the module's change rolls back with it. Scoped: the request raises it, and
/// every module context of that request meets it (docs/adr/0019). Jobs and inbox handlers run in
/// scopes of their own, where it is never raised.
/// </summary>
public interface ICommitFence
{
    bool IsRaised { get; }

    /// <summary>
    /// Runs inside the commit's transaction, before the module's rows are written; throws
    /// <see cref="CommitFenceLostException"/> when the condition no longer holds.
    /// </summary>
    Task EnterAsync(DbContext context, CancellationToken cancellationToken);

    /// <summary>The transaction that entered the fence has committed.</summary>
    void Committed();
}

/// <summary>The commit met a fence it no longer holds; nothing of it was saved.</summary>
public sealed class CommitFenceLostException(string message) : Exception(message);
