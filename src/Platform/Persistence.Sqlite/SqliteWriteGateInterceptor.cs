using System.Data.Common;
using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

/// <summary>
/// Takes the <see cref="SqliteWriteGate"/> turn where EF starts writing: at the start of a
/// transaction (every transaction on SQLite begins IMMEDIATE, taking the write lock), and around a
/// write statement outside one (ExecuteUpdate, ExecuteDelete, a single-statement SaveChanges). The
/// turn ends at commit, rollback or failure, at the statement's end, and in any case when the
/// connection closes, so an abandoned transaction cannot keep other writers waiting.
/// </summary>
internal sealed class SqliteWriteGateInterceptor : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<DbTransaction, DbConnection> Connections = [];

    public static SqliteWriteGateInterceptor Instance { get; } = new();

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        SqliteWriteGate.Enter(connection, forStatement: false);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await SqliteWriteGate.EnterAsync(connection, forStatement: false, cancellationToken);
        return result;
    }

    // A committed SqliteTransaction forgets its connection, so the connection is noted at the start.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Connections.AddOrUpdate(result, connection);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TransactionStarted(connection, eventData, result));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => End(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => End(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        // A failed savepoint leaves the transaction open: it keeps its turn until it ends.
        if (eventData.Action is "Commit" or "Rollback")
        {
            End(transaction);
        }
    }

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is null)
        {
            SqliteWriteGate.Enter(command.Connection!, forStatement: true);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
        {
            await SqliteWriteGate.EnterAsync(command.Connection!, forStatement: true, cancellationToken);
        }

        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        SqliteWriteGate.Leave(command.Connection, statementEnded: true);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SqliteWriteGate.Leave(command.Connection, statementEnded: true);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (command.Transaction is null && SqlStatements.IsWrite(command.CommandText))
        {
            SqliteWriteGate.Enter(command.Connection!, forStatement: true);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null && SqlStatements.IsWrite(command.CommandText))
        {
            await SqliteWriteGate.EnterAsync(command.Connection!, forStatement: true, cancellationToken);
        }

        return result;
    }

    // A write with RETURNING commits when its reader is done with, not when it is opened.
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Leave(command.Connection, statementEnded: true);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Leave(command.Connection, statementEnded: true);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Leave(command.Connection, statementEnded: true);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => SqliteWriteGate.Leave(command.Connection, statementEnded: true);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteWriteGate.Leave(command.Connection, statementEnded: true);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Leave(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Leave(connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Leave(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Leave(connection);
        return ValueTask.FromResult(result);
    }

    private static void End(DbTransaction transaction)
    {
        if (Connections.TryGetValue(transaction, out var connection))
        {
            Connections.Remove(transaction);
            SqliteWriteGate.Leave(connection);
        }
    }
}
