using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application;

/// <summary>The Collective Budget module's transaction; its events go to the module's own outbox.</summary>
public interface ICollectiveBudgetUnitOfWork : IUnitOfWork
{
    /// <summary>
    /// Runs a change to a ledger, and runs it again from a fresh read when another writer (another
    /// treasurer, the recalculation job) appended first: the rules are then checked against the
    /// ledger as it now stands, so a busy pool refuses an allocation instead of answering 412.
    /// </summary>
    Task<T> RetryOnConcurrentChangeAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken);
}
