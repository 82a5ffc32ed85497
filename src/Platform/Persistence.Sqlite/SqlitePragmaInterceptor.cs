using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

/// <summary>
/// Opens SQLite for a web server: WAL lets readers work while one writer commits, and the busy
/// timeout makes a writer of another process wait for the lock instead of failing with "database is
/// locked" (writers of this process queue at <see cref="SqliteWriteGate"/> first). synchronous =
/// NORMAL is WAL's usual pairing: a commit is durable once the WAL is synced at the next checkpoint;
/// a power cut (not a process crash) can lose the last commits but never corrupts the file
/// (docs/adr/0023 keeps it, and says why not OFF). secure_delete = ON overwrites what a delete frees
/// with zeros, so an erased pupil's record does not live on in free pages of the file (docs/adr/0034).
/// wal_autocheckpoint = 0 leaves checkpoints to <see cref="SqliteCheckpointer"/>, outside any writer's turn (docs/adr/0067).
/// cache_size = -256 keeps 256 KiB of pages per connection instead of SQLite's 2 MB: every commit of
/// another connection empties a connection's cache anyway, and the pool holds dozens (docs/adr/0079).
/// The pragmas belong to the native connection, which the pool keeps open between EF's opens, so
/// they run once per native connection rather than on each of the dozens of opens of a request.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -256;";

    private static readonly ConditionalWeakTable<object, object> Configured = [];
    private static readonly object Done = new();

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection, out var handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(handle);
            SqliteCheckpointer.Watch(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection, out var handle))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(handle);
            SqliteCheckpointer.Watch(connection);
        }
    }

    private static bool NeedsPragmas(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !Configured.TryGetValue(handle, out _);
    }

    private static void Remember(object? handle)
    {
        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, Done);
        }
    }
}
