using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Platform.Persistence.Sqlite;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>
/// SQLite's WAL is checkpointed in the background, never by the commit that crosses SQLite's own
/// threshold inside a writer's turn (docs/adr/0067), and started over under load without cutting its file (docs/adr/0076).
/// Each pooled connection keeps a small page cache of its own, which every commit of another empties anyway (docs/adr/0079).
/// </summary>
public sealed class WalCheckpointTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [SqliteFact]
    public async Task Every_connection_of_a_module_context_leaves_checkpoints_to_the_background()
    {
        // Not a table-valued pragma: asked on the context's own connection, as opened by EF.
        var pages = await _db.InScopeAsync(async context =>
        {
            await context.Database.OpenConnectionAsync();
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        });

        Assert.Equal(0, pages);
    }

    [SqliteFact]
    public async Task Every_connection_of_a_module_context_caches_at_most_256_KiB_of_pages()
    {
        // A negative cache_size is a size in KiB; SQLite's own default is -2000.
        var sizes = new List<long>();
        for (var scope = 0; scope < 3; scope++)
        {
            sizes.Add(await _db.InScopeAsync(context => context.Database.SqlQueryRaw<long>("SELECT cache_size AS Value FROM pragma_cache_size").SingleAsync()));
        }

        Assert.All(sizes, size => Assert.Equal(-256, size));
    }

    [SqliteFact]
    public async Task A_committed_row_reaches_the_database_file_without_anyone_asking_for_a_checkpoint()
    {
        var value = "checkpointed-" + Guid.NewGuid().ToString("N");
        await _db.InScopeAsync(context =>
        {
            context.Widgets.Add(new Widget(Guid.NewGuid(), value));
            return context.CommitAsync(CancellationToken.None);
        });

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!DatabaseFileContains(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(DatabaseFileContains(value), "the background checkpoint copies the row from the WAL into the file");
    }

    [SqliteFact]
    public async Task The_WAL_is_emptied_after_a_burst_of_writes_although_readers_never_pause()
    {
        const long limitPages = 64;
        var names = Enumerable.Range(0, 150).Select(i => $"{i:D3}-" + new string('w', 6000)).ToList();
        var grownTo = 0L;

        var emptiedTo = await WithBusyReadersAsync(limitPages, async () =>
        {
            foreach (var name in names)
            {
                await AddWidgetAsync(name);
            }

            grownTo = WalBytes();
        });

        Assert.True(grownTo > limitPages * 4096, $"the burst grows the WAL past the limit ({grownTo} bytes)");
        Assert.Equal(0, emptiedTo);
        Assert.Equal(names.Count, await _db.InScopeAsync(context => context.Widgets.CountAsync()));
    }

    [SqliteFact]
    public async Task Under_steady_writes_the_WAL_starts_over_at_its_beginning_and_its_file_is_never_cut_in_a_writers_turn()
    {
        var sizes = new List<long>();
        var firstSequence = -1L;
        var lastSequence = -1L;

        var quietSize = await WithBusyReadersAsync(64, async () =>
        {
            // Until it has started over twice, or 30 s: on a machine busy with other test runs, 4 s of writes
            // did not always pass the limit twice.
            var writing = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; (firstSequence < 0 || lastSequence - firstSequence < 2) && writing.Elapsed < TimeSpan.FromSeconds(30); i++)
            {
                await AddWidgetAsync($"{i:D5}-" + new string('s', 600));
                await Task.Delay(1);
                sizes.Add(WalBytes());
                lastSequence = WalCheckpointSequence();
                firstSequence = firstSequence < 0 ? lastSequence : firstSequence;
            }
        });

        // Each start-over moves the sequence in the WAL's header; the file itself only ever grows while writes go on.
        Assert.True(lastSequence - firstSequence >= 2, $"the WAL started over {lastSequence - firstSequence} times in 30 s of steady writes past its limit");
        Assert.Equal(sizes, sizes.Order());
        Assert.Equal(0, quietSize);
    }

    /// <summary>
    /// Runs the writes with a WAL limit of <paramref name="limitPages"/> while two readers whose read transactions
    /// overlap always hold a snapshot (so SQLite never finds the WAL unused and never starts it over on its own);
    /// then waits up to 20 s for the WAL to be emptied, and returns its size at the end.
    /// </summary>
    private async Task<long> WithBusyReadersAsync(long limitPages, Func<Task> writes)
    {
        var limit = SqliteCheckpointer.WalLimitPages;
        SqliteCheckpointer.WalLimitPages = limitPages;
        try
        {
            using var stop = new CancellationTokenSource();
            var readers = new[] { KeepReadingAsync(TimeSpan.Zero, stop.Token), KeepReadingAsync(TimeSpan.FromMilliseconds(20), stop.Token) };
            await writes();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (WalBytes() > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            var size = WalBytes();
            await stop.CancelAsync();
            await Task.WhenAll(readers);
            return size;
        }
        finally
        {
            SqliteCheckpointer.WalLimitPages = limit;
        }
    }

    private Task AddWidgetAsync(string name) => _db.InScopeAsync(context =>
    {
        context.Widgets.Add(new Widget(Guid.NewGuid(), name));
        return context.CommitAsync(CancellationToken.None);
    });

    /// <summary>The checkpoint sequence number of the WAL's header (big-endian, at byte 12): SQLite moves it each time the WAL starts over.</summary>
    private long WalCheckpointSequence()
    {
        using var wal = new FileStream(_db.DatabaseFile + "-wal", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[16];
        return wal.Read(header, 0, 16) == 16 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(12)) : -1;
    }

    private long WalBytes() => new FileInfo(_db.DatabaseFile + "-wal") is { Exists: true } wal ? wal.Length : 0;

    /// <summary>Read transactions of 40 ms, one after another, until stopped; a reader that fails fails the test.</summary>
    private async Task KeepReadingAsync(TimeSpan offset, CancellationToken stop)
    {
        await Task.Delay(offset, CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={_db.DatabaseFile};Pooling=False");
        await connection.OpenAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            await using var transaction = connection.BeginTransaction(deferred: true);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(CancellationToken.None);
            await Task.Delay(40, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
    }

    private bool DatabaseFileContains(string value)
    {
        using var stream = new FileStream(_db.DatabaseFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0;
    }
}
