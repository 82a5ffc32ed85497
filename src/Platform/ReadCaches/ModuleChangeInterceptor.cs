using System.Data.Common;
using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GeenKindDeBuurtUit.Platform.ReadCaches;

/// <summary>
/// Moves a module's version in <see cref="ModuleChanges"/> once what it wrote is committed: at the
/// commit of a transaction that wrote, or after a write outside one. A write that changed no row
/// (a relay's claim that found nothing due) changes nothing. With an <see cref="IChangeAnnouncement"/>
/// the other hosts are told too, inside the transaction so they hear of it only if it commits.
/// </summary>
internal sealed class ModuleChangeInterceptor(ModuleChanges changes, string schema, IChangeAnnouncement? announcement)
    : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbTransaction, object> _writing = [];
    private readonly ConditionalWeakTable<DbCommand, object> _committingWithReader = [];

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (result != 0 && !Wrote(command))
        {
            announcement?.Announce(command.Connection!, null, schema);
        }

        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result != 0 && !Wrote(command) && announcement is not null)
        {
            await announcement.AnnounceAsync(command.Connection!, null, schema, CancellationToken.None);
        }

        return result;
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        ReadOrWrote(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        ReadOrWrote(command);
        return ValueTask.FromResult(result);
    }

    // A write with RETURNING outside a transaction commits when its reader is done with.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_committingWithReader.Remove(command))
        {
            CommittedBy(command.Connection!);
        }

        return result;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (announcement is not null && _writing.TryGetValue(transaction, out _))
        {
            announcement.Announce(transaction.Connection!, transaction, schema);
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (announcement is not null && _writing.TryGetValue(transaction, out _))
        {
            await announcement.AnnounceAsync(transaction.Connection!, transaction, schema, cancellationToken);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _writing.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _writing.Remove(transaction);
        return Task.CompletedTask;
    }

    // A failed commit may still have committed (the answer was lost): counting it as a change costs a read at most.
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        if (eventData.Action == "Commit")
        {
            Committed(transaction);
        }
    }

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Committed(DbTransaction transaction)
    {
        if (_writing.Remove(transaction))
        {
            changes.Changed(schema);
        }
    }

    private void ReadOrWrote(DbCommand command)
    {
        if (!SqlStatements.IsWrite(command.CommandText))
        {
            return;
        }

        if (command.Transaction is { } transaction)
        {
            _writing.AddOrUpdate(transaction, Marker);
        }
        else
        {
            _committingWithReader.AddOrUpdate(command, Marker);
        }
    }

    /// <returns>True when the write awaits its transaction's commit; false when it committed and the change was counted, but not yet announced.</returns>
    private bool Wrote(DbCommand command)
    {
        if (command.Transaction is { } transaction)
        {
            _writing.AddOrUpdate(transaction, Marker);
            return true;
        }

        changes.Changed(schema);
        return false;
    }

    private void CommittedBy(DbConnection connection)
    {
        changes.Changed(schema);
        announcement?.Announce(connection, null, schema);
    }
}
