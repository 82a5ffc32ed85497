using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Trail;
using GeenKindDeBuurtUit.Audit.Tests.Api;
using GeenKindDeBuurtUit.Testing;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Audit.Tests.Infrastructure;

/// <summary>
/// Group commit (docs/adr/0021): entries that queue while a batch is written go together in the
/// next transaction, and two processes appending to one database keep one unbroken chain.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GroupCommitTests(PlatformFactory platform)
{
    private readonly AuditApi api = new(platform);

    [Fact]
    public async Task Entries_queued_behind_a_waiting_writer_are_committed_together_in_the_next_transaction()
    {
        var trail = platform.Services.GetRequiredService<IAuditTrail>();
        var objectId = Guid.NewGuid();
        var before = await platform.CountAsync("select count(*) from audit_records");
        using var transactions = AuditTransactions.Watch();

        await using (var writer = await HoldWriteLockAsync())
        {
            // SQLite waits for a lock on the calling thread, so the first writer gets a thread of its own.
            var first = Task.Run(() => trail.RecordAsync(Entry(objectId), CancellationToken.None));
            await FirstAppendWaitsAsync(transactions);
            var queued = Enumerable.Range(0, 20).Select(_ => trail.RecordAsync(Entry(objectId), CancellationToken.None)).ToList();
            Assert.All(queued, q => Assert.False(q.IsCompleted));

            await Execute(writer, "commit");
            await Task.WhenAll(queued.Prepend(first));
        }

        // A batch's records share the moment it was written: the first entry's, then the twenty queued behind it.
        Assert.Equal(2, await platform.CountAsync($"select count(distinct RecordedAt) from audit_records where ObjectId = '{objectId}'"));
        Assert.Equal(before + 21, await platform.CountAsync("select count(*) from audit_records"));
        Assert.Equal(21, (await api.RecordsOfAsync(objectId)).Count);
        await AssertChainValidAsync(before + 21);
    }

    [Fact]
    public async Task Two_processes_that_build_on_the_same_head_keep_one_chain_the_second_builds_again_on_the_new_head()
    {
        var scopes = platform.Services.GetRequiredService<IServiceScopeFactory>();
        using var hostA = new AuditTrail(scopes, TimeProvider.System, platform.Services.GetRequiredService<ChainKey>());
        using var hostB = new AuditTrail(scopes, TimeProvider.System, platform.Services.GetRequiredService<ChainKey>());
        var objectId = Guid.NewGuid();
        var before = await platform.CountAsync("select count(*) from audit_records");
        using var transactions = AuditTransactions.Watch();

        await using (var writer = await HoldWriteLockAsync())
        {
            // Both read the same head, then wait for the database: one commits, the other's batch no longer follows.
            var a = Task.Run(() => hostA.RecordAsync(Entry(objectId), CancellationToken.None));
            var b = Task.Run(() => hostB.RecordAsync(Entry(objectId), CancellationToken.None));
            await transactions.StartedAsync(2);
            await Execute(writer, "commit");
            await Task.WhenAll(a, b);
        }

        if (platform.Provider == DatabaseProvider.PostgreSql)
        {
            // PostgreSQL: the second waits on the head's row lock and reads the moved head once it has it.
            Assert.Equal(0, transactions.FailedSaves);
        }
        else
        {
            Assert.True(transactions.FailedSaves >= 1, "the second process's batch was refused on the moved head");
        }

        Assert.Equal(before + 2, await platform.CountAsync("select count(*) from audit_records"));
        await AssertChainValidAsync(before + 2);

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => (i % 2 == 0 ? hostA : hostB).RecordAsync(Entry(objectId), CancellationToken.None)));

        Assert.Equal(62, (await api.RecordsOfAsync(objectId)).Count);
        await AssertChainValidAsync(before + 62);
    }

    /// <summary>
    /// SQLite: the append's transaction has begun and waits for the write lock. PostgreSQL: the append,
    /// one statement when the trail holds the head (docs/adr/0084), waits for the records table's lock.
    /// </summary>
    private Task FirstAppendWaitsAsync(AuditTransactions transactions) =>
        platform.Provider == DatabaseProvider.PostgreSql
            ? Eventually.AssertAsync(async () => await platform.CountAsync("select count(*) from pg_locks where not granted and relation = 'audit.records'::regclass and database = (select oid from pg_database where datname = current_database())") >= 1, "the first append waits for the records table")
            : transactions.StartedAsync(1);

    private static AuditEntry Entry(Guid objectId) =>
        new("test:group-commit", [], "GetSupportCase", "support-case", objectId.ToString(), AuditOutcome.Allowed, "127.0.0.1", 200);

    /// <summary>
    /// Another connection holding a lock every append waits for: SQLite's write lock, or on
    /// PostgreSQL a lock on the records table that lets readers through but no writer.
    /// </summary>
    private async Task<DbConnection> HoldWriteLockAsync()
    {
        var connection = await TestSql.OpenAsync(platform.ConnectionString);
        await Execute(connection, TestProvider.OnPostgreSql ? "begin; lock table audit.records in exclusive mode" : "begin immediate");
        return connection;
    }

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task AssertChainValidAsync(long records)
    {
        Assert.Equal(records, await platform.CountAsync("select max(Sequence) from audit_records"));
        var verification = await api.VerifyAsync();
        Assert.True(verification["valid"]!.GetValue<bool>(), verification.ToJsonString());
        Assert.Equal(records, verification["records"]!.GetValue<long>());
    }
}
