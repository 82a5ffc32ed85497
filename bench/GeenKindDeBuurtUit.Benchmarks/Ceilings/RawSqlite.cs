using GeenKindDeBuurtUit.Benchmarks.Load;
using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Benchmarks.Ceilings;

/// <summary>
/// The storage ceiling: Microsoft.Data.Sqlite on a file with the host's pragmas (WAL, busy_timeout
/// 30 s, synchronous NORMAL, as SqlitePragmaInterceptor sets them), one primary-key read and one
/// single-row insert transaction, through the same closed loop as the endpoints.
/// </summary>
internal sealed class RawSqlite(string folder)
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
    private const int Rows = 100_000;

    private readonly string _connectionString = $"Data Source={Path.Combine(folder, "ceiling.db")};Default Timeout=30";
    private readonly List<string> _ids = [];

    public async Task PrepareAsync()
    {
        await using var connection = await OpenAsync();
        await Execute(connection, "create table if not exists cases (Id text not null primary key, SchoolId text not null, PupilRef text not null, Payload text not null)");
        await using var transaction = connection.BeginTransaction();
        await using var insert = InsertCommand(connection);
        insert.Transaction = transaction;
        for (var i = 0; i < Rows; i++)
        {
            var id = Guid.NewGuid().ToString().ToUpperInvariant();
            _ids.Add(id);
            Bind(insert, id, i);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task<LoadResult> ReadAsync(int connections, TimeSpan duration, TimeSpan warmup)
    {
        var sessions = await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var connection = await OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "select Id, SchoolId, PupilRef, Payload from cases where Id = $id";
            command.Parameters.Add("$id", SqliteType.Text);
            return (connection, command, random: new Random());
        }));
        try
        {
            return await ClosedLoop.RunAsync(connections, duration, warmup, async (worker, _) =>
            {
                var (_, command, random) = sessions[worker];
                command.Parameters[0].Value = _ids[random.Next(_ids.Count)];
                await using var reader = await command.ExecuteReaderAsync();
                return await reader.ReadAsync() && reader.GetString(3).Length > 0;
            });
        }
        finally
        {
            foreach (var (connection, command, _) in sessions)
            {
                await command.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }

    public async Task<LoadResult> InsertAsync(int connections, TimeSpan duration, TimeSpan warmup)
    {
        var sessions = await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var connection = await OpenAsync();
            return (connection, command: InsertCommand(connection));
        }));
        try
        {
            return await ClosedLoop.RunAsync(connections, duration, warmup, async (worker, sequence) =>
            {
                var (connection, command) = sessions[worker];
                await using var transaction = connection.BeginTransaction();
                command.Transaction = transaction;
                Bind(command, Guid.NewGuid().ToString().ToUpperInvariant(), (int)sequence);
                await command.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                return true;
            });
        }
        finally
        {
            foreach (var (connection, command) in sessions)
            {
                await command.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }

    private static SqliteCommand InsertCommand(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "insert into cases (Id, SchoolId, PupilRef, Payload) values ($id, $school, $pupil, $payload)";
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$school", SqliteType.Text);
        command.Parameters.Add("$pupil", SqliteType.Text);
        command.Parameters.Add("$payload", SqliteType.Text);
        return command;
    }

    private static void Bind(SqliteCommand command, string id, int i)
    {
        command.Parameters[0].Value = id;
        command.Parameters[1].Value = "7535F312-C0F6-5E5F-B80C-AD86C3116D31";
        command.Parameters[2].Value = $"bench-raw-{i}";
        command.Parameters[3].Value = """{"needs":["language"],"level":3,"status":"open","involvements":[]}""";
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await Execute(connection, Pragmas);
        return connection;
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
