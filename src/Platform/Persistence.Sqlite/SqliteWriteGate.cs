using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

/// <summary>
/// One writer at a time per SQLite file in this process, handed over in arrival order. SQLite allows
/// one writer anyway; without this queue a writer that finds the lock taken sleeps in SQLite's busy
/// handler (1, 2, 5, 10, 15, 20, 25 ms and on), so under load the lock sat free while every waiter
/// slept: a writer behind a 3 ms holder got it after about 9 ms, often 20-50 ms (docs/adr/0023).
/// The queue only orders writers; SQLite's own lock still decides, so a writer of another process
/// (or one that waited here too long) is as safe as before.
/// </summary>
internal static class SqliteWriteGate
{
    /// <summary>Past this a writer stops queueing and leaves the wait to SQLite's busy timeout, as before the gate.</summary>
    private static readonly TimeSpan MaxQueueWait = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbConnection, Turn> Turns = [];

    /// <summary>Waits for the file's writer turn unless this connection holds it already.</summary>
    public static async ValueTask EnterAsync(DbConnection connection, bool forStatement, CancellationToken cancellationToken)
    {
        if (GateOf(connection) is not { } gate || Turns.TryGetValue(connection, out _))
        {
            return;
        }

        if (await gate.Semaphore.WaitAsync(MaxQueueWait, cancellationToken))
        {
            Turns.AddOrUpdate(connection, new Turn(gate, forStatement));
        }
    }

    public static void Enter(DbConnection connection, bool forStatement)
    {
        if (GateOf(connection) is not { } gate || Turns.TryGetValue(connection, out _))
        {
            return;
        }

        if (gate.Semaphore.Wait(MaxQueueWait))
        {
            Turns.AddOrUpdate(connection, new Turn(gate, forStatement));
        }
    }

    /// <summary>Ends the connection's turn; a statement's end does not end a transaction's turn.</summary>
    public static void Leave(DbConnection? connection, bool statementEnded = false)
    {
        if (connection is null || !Turns.TryGetValue(connection, out var turn) || (statementEnded && !turn.ForStatement))
        {
            return;
        }

        if (Turns.Remove(connection))
        {
            turn.Gate.Semaphore.Release();
            SqliteCheckpointer.Written(turn.Gate.File);
        }
    }

    /// <summary>
    /// Takes the file's writer turn for work that is not a connection's write (the checkpointer's
    /// truncation): writers of this process queue behind it as behind any writer. Null when the
    /// turn did not come within <paramref name="wait"/>.
    /// </summary>
    public static IDisposable? TryHold(string file, TimeSpan wait)
    {
        var gate = Gates.GetOrAdd(file, path => new Gate(new SemaphoreSlim(1, 1), path));
        return gate.Semaphore.Wait(wait) ? new Held(gate.Semaphore) : null;
    }

    private static Gate? GateOf(DbConnection connection) =>
        connection is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:"
            ? Gates.GetOrAdd(Path.GetFullPath(file), path => new Gate(new SemaphoreSlim(1, 1), path))
            : null;

    private sealed record Gate(SemaphoreSlim Semaphore, string File);

    private sealed record Turn(Gate Gate, bool ForStatement);

    private sealed class Held(SemaphoreSlim semaphore) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
