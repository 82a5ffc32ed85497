using System.Data.Common;
using GeenKindDeBuurtUit.Platform.ReadCaches;
using Npgsql;

namespace GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;

/// <summary>
/// Announces a module's change with <c>pg_notify</c>: inside the writing transaction, so the server
/// delivers it at commit and drops it on rollback; after a statement that committed by itself, on a
/// connection of its own (the writer's may still be reading the statement's answer).
/// </summary>
internal sealed class PostgreSqlChangeAnnouncement(NpgsqlDataSource dataSource) : IChangeAnnouncement
{
    public const string Channel = "gkdbu_module_changes";

    public async Task AnnounceAsync(DbConnection connection, DbTransaction? transaction, string schema, CancellationToken cancellationToken)
    {
        if (transaction is null)
        {
            await using var own = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var alone = Notify(own, null, schema);
            await alone.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await using var command = Notify((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, schema);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Announce(DbConnection connection, DbTransaction? transaction, string schema)
    {
        if (transaction is null)
        {
            using var own = dataSource.OpenConnection();
            using var alone = Notify(own, null, schema);
            alone.ExecuteNonQuery();
            return;
        }

        using var command = Notify((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, schema);
        command.ExecuteNonQuery();
    }

    private static NpgsqlCommand Notify(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema) =>
        new("SELECT pg_notify($1, $2)", connection, transaction) { Parameters = { new() { Value = Channel }, new() { Value = schema } } };
}
