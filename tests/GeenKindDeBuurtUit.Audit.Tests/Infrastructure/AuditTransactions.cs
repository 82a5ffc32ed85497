using System.Diagnostics;
using GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GeenKindDeBuurtUit.Audit.Tests.Infrastructure;

/// <summary>
/// Watches EF Core's diagnostic events of the audit trail's context: transactions begun and
/// committed, saves refused (a concurrency check, any other failure, or an append rolled back
/// because another process moved the head first).
/// </summary>
internal sealed class AuditTransactions : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private int starting;
    private int committed;
    private int failed;
    private int opened;

    private AuditTransactions() => allListeners = DiagnosticListener.AllListeners.Subscribe(this);

    public int Committed => Volatile.Read(ref committed);

    public int FailedSaves => Volatile.Read(ref failed);

    public int ConnectionsOpened => Volatile.Read(ref opened);

    public static AuditTransactions Watch() => new();

    /// <summary>Waits until this many transactions of the trail have begun (or wait to begin on the database's lock).</summary>
    public Task StartedAsync(int count) => Testing.Eventually.AssertAsync(() => Task.FromResult(Volatile.Read(ref starting) >= count), $"{count} audit transactions begin");

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not DbContextEventData { Context: AuditDbContext })
        {
            return;
        }

        if (value.Key == RelationalEventId.TransactionStarting.Name)
        {
            Interlocked.Increment(ref starting);
        }
        else if (value.Key == RelationalEventId.ConnectionOpened.Name)
        {
            Interlocked.Increment(ref opened);
        }
        else if (value.Key == RelationalEventId.TransactionCommitted.Name)
        {
            Interlocked.Increment(ref committed);
        }
        else if (value.Key == CoreEventId.SaveChangesFailed.Name || value.Key == CoreEventId.OptimisticConcurrencyException.Name
            || value.Key == RelationalEventId.TransactionRolledBack.Name)
        {
            Interlocked.Increment(ref failed);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
