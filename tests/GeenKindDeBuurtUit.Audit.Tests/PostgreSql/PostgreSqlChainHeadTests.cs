using System.Security.Cryptography;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Audit.Infrastructure.Trail;
using GeenKindDeBuurtUit.Audit.Tests.Api;
using GeenKindDeBuurtUit.Audit.Tests.Infrastructure;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeenKindDeBuurtUit.Audit.Tests.PostgreSql;

/// <summary>
/// On PostgreSQL an append that holds no head reads it with <c>FOR UPDATE</c> in its own transaction
/// (docs/adr/0041): appenders on two hosts queue on the head's row, and none fails a concurrency
/// check there. One that holds the head moves it and inserts its batch in one statement (docs/adr/0084);
/// when another host moved the head first, the statement writes nothing and the batch goes in under
/// the lock. In the platform's collection, so the saves counted are these.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PostgreSqlChainHeadTests : IAsyncLifetime
{
    private readonly ChainKey key = new(RandomNumberGenerator.GetBytes(32));
    private PostgreSqlModuleHosts hosts = null!;

    public async Task InitializeAsync()
    {
        if (TestProvider.PostgreSqlMissing is null)
        {
            hosts = new PostgreSqlModuleHosts(services => services.AddModuleDbContext<AuditDbContext>("Audit", AuditDbContext.SchemaName));
            await PostgreSqlModuleHosts.MigrateAsync<AuditDbContext>(hosts.NewHost());
        }
    }

    public async Task DisposeAsync()
    {
        if (hosts is not null)
        {
            await hosts.DisposeAsync();
        }
    }

    [PostgreSqlFact]
    public async Task Two_hosts_that_append_at_the_same_moment_queue_on_the_head_and_neither_builds_its_batch_again()
    {
        using var hostA = Trail(hosts.NewHost());
        using var hostB = Trail(hosts.NewHost());
        using var transactions = AuditTransactions.Watch();

        await using var otherHost = new NpgsqlConnection(hosts.ConnectionString);
        await otherHost.OpenAsync();
        await using (var holder = await HoldHeadAsync(otherHost))
        {
            // Both appends now wait for the head's row; released, they go one after the other.
            var a = Task.Run(() => hostA.RecordAsync(Entry(), CancellationToken.None));
            var b = Task.Run(() => hostB.RecordAsync(Entry(), CancellationToken.None));
            await Eventually.AssertAsync(async () => await hosts.LockWaitersAsync() >= 2, "both appends wait for the head's row");
            await holder.CommitAsync();
            await Task.WhenAll(a, b);
        }

        Assert.Equal(0, transactions.FailedSaves);
        Assert.Equal(2, transactions.Committed);
        await AssertChainValidAsync(2);
    }

    [PostgreSqlFact]
    public async Task Many_appends_from_two_hosts_leave_one_chain_that_verifies_and_no_append_under_the_lock_is_refused()
    {
        using var hostA = Trail(hosts.NewHost());
        using var hostB = Trail(hosts.NewHost());
        using var transactions = AuditTransactions.Watch();

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => (i % 2 == 0 ? hostA : hostB).RecordAsync(Entry(), CancellationToken.None))));

        Assert.Equal(0, transactions.FailedSaves);
        await AssertChainValidAsync(300);
    }

    [PostgreSqlFact]
    public async Task A_host_whose_head_another_host_moved_writes_nothing_with_it_and_appends_under_the_lock_instead()
    {
        using var hostA = Trail(hosts.NewHost());
        using var hostB = Trail(hosts.NewHost());
        await hostA.RecordAsync(Entry(), CancellationToken.None);
        await hostB.RecordAsync(Entry(), CancellationToken.None);
        using var transactions = AuditTransactions.Watch();

        // A still holds the head at 1, B moved it to 2: A's statement is turned down, its batch goes in under the lock.
        await hostA.RecordAsync(Entry(), CancellationToken.None);
        Assert.Equal(1, transactions.Committed);

        // Now A holds the head again: one statement, no transaction.
        await hostA.RecordAsync(Entry(), CancellationToken.None);
        Assert.Equal(1, transactions.Committed);
        Assert.Equal(0, transactions.FailedSaves);

        // Turned down, not failed: the appender kept its connection, so nothing was reset.
        Assert.Equal(0, transactions.ConnectionsOpened);
        await AssertChainValidAsync(4);
    }

    [PostgreSqlFact]
    public async Task A_host_whose_kept_connection_the_server_ended_appends_its_next_batch_on_a_new_one()
    {
        using var host = Trail(hosts.NewHost());
        await host.RecordAsync(Entry(), CancellationToken.None);

        // As a failover or a restart of the server would: the trail's kept connection is gone.
        await using (var other = new NpgsqlConnection(hosts.ConnectionString))
        {
            await other.OpenAsync();
            await using var end = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", other);
            Assert.True((long)(await end.ExecuteScalarAsync())! >= 1);
        }

        await host.RecordAsync(Entry(), CancellationToken.None);
        await host.RecordAsync(Entry(), CancellationToken.None);
        await AssertChainValidAsync(3);
    }

    private AuditTrail Trail(IServiceProvider host) => new(host.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, key);

    private static AuditEntry Entry() =>
        new("test:postgresql", [], "GetSupportCase", "support-case", Guid.NewGuid().ToString(), AuditOutcome.Allowed, "127.0.0.1", 200);

    /// <summary>A third connection holding the head's row, as an append of another host does while it writes.</summary>
    private static async Task<NpgsqlTransaction> HoldHeadAsync(NpgsqlConnection connection)
    {
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("""SELECT * FROM audit.chain_head FOR UPDATE""", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }

    private async Task AssertChainValidAsync(long records)
    {
        await using var scope = hosts.NewHost().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var head = await db.Heads.AsNoTracking().SingleAsync();
        var walk = new ChainWalk(key, head.UnkeyedUntil);
        await foreach (var record in db.Records.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable())
        {
            walk.Add(record);
        }

        var check = walk.End(head);
        Assert.True(check.Valid, $"the chain breaks at {check.FirstBrokenSequence}");
        Assert.Equal(records, check.Records);
        Assert.Equal(records, head.Sequence);
    }
}
