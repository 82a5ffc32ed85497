using System.Data.Common;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

/// <summary>
/// Tells the context when its work is committed, never before: a run signalled earlier could read
/// the pending row before it exists. A save inside an explicit transaction (an inbox handler)
/// waits for that transaction's commit.
/// </summary>
internal sealed class RecalculationCommitInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly RecalculationCommitInterceptor Instance = new();

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CommittedOutsideTransaction(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        CommittedOutsideTransaction(eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Context(eventData)?.Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Context(eventData)?.Committed();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Context(eventData)?.RolledBack();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Context(eventData)?.RolledBack();
        return Task.CompletedTask;
    }

    private static void CommittedOutsideTransaction(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context is CollectiveBudgetDbContext { Database.CurrentTransaction: null } context)
        {
            context.Committed();
        }
    }

    private static CollectiveBudgetDbContext? Context(TransactionEndEventData eventData) => eventData.Context as CollectiveBudgetDbContext;
}
