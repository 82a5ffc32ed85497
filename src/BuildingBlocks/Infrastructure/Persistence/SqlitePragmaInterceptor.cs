using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Opens SQLite for a web server: WAL lets readers work while one writer commits, and the busy
/// timeout makes a writer wait for the lock instead of failing with "database is locked".
/// Microsoft.Data.Sqlite pools the native connections and these settings stay with one, so they are
/// applied the first time a native connection is opened, not on every open of a pooled one
/// (docs/adr/0021).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    // Keyed by the native handle and held weakly: a handle that is closed for good takes its entry with it.
    private static readonly ConditionalWeakTable<object, object> Prepared = new();
    private static readonly object Applied = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection, out var handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(handle);
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
        }
    }

    private static bool NeedsPragmas(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !Prepared.TryGetValue(handle, out _);
    }

    private static void Remember(object? handle)
    {
        if (handle is not null)
        {
            Prepared.AddOrUpdate(handle, Applied);
        }
    }
}
