using System.Data.Common;
using GeenKindDeBuurtUit.Benchmarks.Load;

namespace GeenKindDeBuurtUit.Benchmarks.Ceilings;

/// <summary>
/// The storage ceiling: the engine's own ADO.NET driver in the benchmark process, one primary-key read
/// of a 100,000-row table and one single-row insert transaction, through the same closed loop as the
/// endpoints. Each worker keeps its connection and its prepared commands, the most the engine can give.
/// </summary>
internal abstract class RawStorage
{
    private const int Rows = 100_000;
    private const string Payload = """{"needs":["language"],"level":3,"status":"open","involvements":[]}""";
    private static readonly Guid School = Guid.Parse("7535f312-c0f6-5e5f-b80c-ad86c3116d31");

    private readonly List<Guid> _ids = [];

    /// <summary>The engine's name in the report: "SQLite", "PostgreSQL".</summary>
    public abstract string Engine { get; }

    protected abstract string CreateTable { get; }

    protected abstract string Select { get; }

    protected abstract string Insert { get; }

    public async Task PrepareAsync()
    {
        await using var connection = await OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateTable;
            await create.ExecuteNonQueryAsync();
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = await CommandAsync(connection, Insert, 4);
        insert.Transaction = transaction;
        for (var i = 0; i < Rows; i++)
        {
            var id = Guid.NewGuid();
            _ids.Add(id);
            Bind(insert, id, i);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task<LoadResult> ReadAsync(int connections, TimeSpan duration, TimeSpan warmup)
    {
        var sessions = await SessionsAsync(connections, Select, 1);
        try
        {
            return await ClosedLoop.RunAsync(connections, duration, warmup, async (worker, _) =>
            {
                var command = sessions[worker].Command;
                command.Parameters[0].Value = Key(_ids[Random.Shared.Next(_ids.Count)]);
                await using var reader = await command.ExecuteReaderAsync();
                return await reader.ReadAsync() && reader.GetString(3).Length > 0;
            });
        }
        finally
        {
            await CloseAsync(sessions);
        }
    }

    public async Task<LoadResult> InsertAsync(int connections, TimeSpan duration, TimeSpan warmup)
    {
        var sessions = await SessionsAsync(connections, Insert, 4);
        try
        {
            return await ClosedLoop.RunAsync(connections, duration, warmup, async (worker, sequence) =>
            {
                var (connection, command) = sessions[worker];
                await using var transaction = await connection.BeginTransactionAsync();
                command.Transaction = transaction;
                Bind(command, Guid.NewGuid(), (int)sequence);
                await command.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                return true;
            });
        }
        finally
        {
            await CloseAsync(sessions);
        }
    }

    protected abstract Task<DbConnection> OpenAsync();

    /// <summary>A parameter the engine can prepare before it has a value.</summary>
    protected abstract DbParameter Parameter(DbCommand command, int index, bool isKey);

    /// <summary>A guid as the engine stores it.</summary>
    protected abstract object Key(Guid id);

    private void Bind(DbCommand command, Guid id, int i)
    {
        command.Parameters[0].Value = Key(id);
        command.Parameters[1].Value = Key(School);
        command.Parameters[2].Value = $"bench-raw-{i}";
        command.Parameters[3].Value = Payload;
    }

    private async Task<DbCommand> CommandAsync(DbConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(Parameter(command, i, isKey: i < 2));
        }

        await command.PrepareAsync();
        return command;
    }

    private async Task<(DbConnection Connection, DbCommand Command)[]> SessionsAsync(int connections, string sql, int parameters) =>
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var connection = await OpenAsync();
            return (connection, await CommandAsync(connection, sql, parameters));
        }));

    private static async Task CloseAsync((DbConnection Connection, DbCommand Command)[] sessions)
    {
        foreach (var (connection, command) in sessions)
        {
            await command.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
