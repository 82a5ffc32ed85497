using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

/// <summary>
/// Checkpoints the WAL in the background (docs/adr/0067, 0076). The pragmas switch SQLite's own
/// checkpoint off (<c>wal_autocheckpoint = 0</c>): it ran inside the commit that crossed 1,000 WAL
/// pages, with its fsync, while that writer held the turn every other writer queued for. Instead,
/// a timer per file runs <c>wal_checkpoint(PASSIVE)</c> on a connection of its own after writes:
/// PASSIVE takes no lock a writer or reader needs, it copies what no reader still uses and leaves the rest
/// for the next tick. A file that is gone stops its timer; the timer never creates one.
/// PASSIVE alone lets the WAL grow without bound while reads never pause: SQLite starts the WAL
/// over only when a writer begins after every frame was copied back and no reader still reads one,
/// and under steady load some reader always does (611 MB in three and a half minutes of the
/// benchmark's reads). So when the WAL holds more than <see cref="WalLimitPages"/> pages, the tick
/// copies what came since with another PASSIVE, then takes the writer turn and runs
/// <c>wal_checkpoint(RESTART)</c>: it copies the few frames written meanwhile, waits briefly for the
/// readers still in the WAL (new ones read the file) and makes the next writer start the WAL at
/// its beginning. The file keeps its size while writes go on; truncating it in the turn cost every
/// writer a 30-60 ms wait. Once two ticks in a row find no write, the file is truncated with
/// <c>wal_checkpoint(TRUNCATE)</c>, in a moment nobody writes; if a reader keeps it from finishing,
/// the file waits for the quiet after the next writes.
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Ticks without a write before the WAL's file is truncated: a second of quiet, not a pause between two writes.</summary>
    private const int QuietTicks = 2;

    /// <summary>How long a restart or truncation queues for the writer turn, and then waits for readers to leave the WAL; it tries again next tick.</summary>
    private static readonly TimeSpan TruncationWait = TimeSpan.FromMilliseconds(250);
    private static readonly ConcurrentDictionary<string, SqliteCheckpointer> Files = new(StringComparer.Ordinal);

    private readonly string file;
    private readonly string connectionString;
    private readonly Timer timer;
    private int written;
    private int running;
    private int quietTicksToTruncation;

    private SqliteCheckpointer(string file, string connectionString)
    {
        this.file = file;
        this.connectionString = connectionString;
        timer = new Timer(_ => Tick(), null, Interval, Interval);
    }

    /// <summary>Starts the file's timer, once, when the first connection of this process opens it.</summary>
    public static void Watch(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || FileOf(sqlite) is not { } file || Files.ContainsKey(file))
        {
            return;
        }

        var settings = new SqliteConnectionStringBuilder(sqlite.ConnectionString)
        {
            DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false,
        };
        var added = Files.GetOrAdd(file, _ => new SqliteCheckpointer(file, settings.ToString()));
        added.Written();
    }

    /// <summary>A writer's turn ended on the file: the next tick checkpoints.</summary>
    public static void Written(string file)
    {
        if (Files.TryGetValue(file, out var checkpointer))
        {
            checkpointer.Written();
        }
    }

    /// <summary>64 MB at SQLite's 4 KB page: far above what a pause in the load lets PASSIVE start over, far below a disk's worry.</summary>
    internal static long WalLimitPages { get; set; } = 16_384;

    public void Dispose() => timer.Dispose();

    private static string? FileOf(SqliteConnection connection) =>
        connection.DataSource is { Length: > 0 } file && file != ":memory:" ? Path.GetFullPath(file) : null;

    private void Written() => Volatile.Write(ref written, 1);

    private void Tick()
    {
        if (Interlocked.Exchange(ref running, 1) == 1)
        {
            return;
        }

        try
        {
            var wrote = Interlocked.Exchange(ref written, 0) == 1;
            if (!wrote && (quietTicksToTruncation == 0 || --quietTicksToTruncation > 0))
            {
                return;
            }

            if (!File.Exists(file))
            {
                Files.TryRemove(file, out _);
                Dispose();
                return;
            }

            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Run(connection, "PRAGMA busy_timeout = 0");
            if (wrote)
            {
                AfterWrites(connection);
            }
            else
            {
                // Tried once per quiet spell: a reader that outlasts the wait (another process's long
                // read) would otherwise make every tick hold the turn again while nothing is gained.
                // The next writes end the spell, and the quiet after them tries again.
                InTurn(connection, "TRUNCATE");
            }
        }
        catch (SqliteException)
        {
            // Busy with another checkpointer, or the file is going away: the next write asks again.
            Written();
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }

    private void AfterWrites(SqliteConnection connection)
    {
        quietTicksToTruncation = QuietTicks;
        if (Checkpoint(connection, "PASSIVE").WalPages <= WalLimitPages)
        {
            return;
        }

        // What was written while the first PASSIVE copied is copied now, outside the turn, so the turn copies little.
        Checkpoint(connection, "PASSIVE");
        if (!InTurn(connection, "RESTART"))
        {
            Written();
        }
    }

    /// <summary>Runs a checkpoint that needs every reader out of the WAL, holding the writer turn; false when it could not finish.</summary>
    private bool InTurn(SqliteConnection connection, string mode)
    {
        using var turn = SqliteWriteGate.TryHold(file, TruncationWait);
        if (turn is null)
        {
            return false;
        }

        Run(connection, $"PRAGMA busy_timeout = {(int)TruncationWait.TotalMilliseconds}");
        try
        {
            // A reader outlasted the wait, or another process writes: the WAL stays as it is until the next tick.
            return !Checkpoint(connection, mode).Busy;
        }
        finally
        {
            Run(connection, "PRAGMA busy_timeout = 0");
        }
    }

    /// <returns>Whether it could not finish, and the pages the WAL held.</returns>
    private static (bool Busy, long WalPages) Checkpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        using var reader = command.ExecuteReader();

        // One row: busy (1 when it could not finish), the WAL's pages, the pages copied back.
        return reader.Read() ? (reader.GetInt64(0) == 1, reader.IsDBNull(1) ? 0 : reader.GetInt64(1)) : (false, 0);
    }

    private static void Run(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
    }
}
