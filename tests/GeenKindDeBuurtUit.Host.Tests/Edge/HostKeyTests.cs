using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>
/// The keys held outside the database (docs/adr/0035): required outside Development, and the audit
/// chain written before there was a key carried over by a seal. Each test starts hosts of its own.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HostKeyTests
{
    private const string Verification = "/api/v1/audit/verification";
    private const string InitialAuditMigration = "20261123171128_Initial";

    [Theory]
    [InlineData("Audit:ChainKey")]
    [InlineData("Idempotency:FingerprintKey")]
    [InlineData("Notifications:SecretKey")]
    public void Outside_development_the_host_refuses_to_start_without_a_key_and_names_its_setting(string setting)
    {
        using var host = new EdgeHost("Production", new Dictionary<string, string> { [setting] = string.Empty });

        var exception = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var refusal = Assert.IsType<InvalidOperationException>(exception.GetBaseException());
        Assert.Contains(setting, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Outside Development", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_hashed_before_the_key_is_sealed_at_the_first_start_and_moving_its_boundary_is_detected()
    {
        using var database = new MatrixDatabase("gkdbu-chain-");
        await UnkeyedDatabaseAsync(database);
        using var after = new EdgeHost("Development", new Dictionary<string, string>(), database);
        var admin = after.ClientAs(EdgeClients.NewSubject(), Roles.Admin);

        var sealedChain = await VerifyAsync(admin);
        Assert.True(sealedChain["valid"]!.GetValue<bool>(), sealedChain.ToJsonString());
        Assert.Equal(3, sealedChain["records"]!.GetValue<long>());

        // Keyed records follow the sealed ones.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/support-cases/{Guid.NewGuid()}")).StatusCode);
        var extended = await VerifyAsync(admin);
        Assert.True(extended["valid"]!.GetValue<bool>(), extended.ToJsonString());
        Assert.Equal(4, extended["records"]!.GetValue<long>());

        // Passing the keyed record off as one hashed before the key, rehashed with SHA-256: the seal no longer fits.
        var probe = new DatabaseProbe(database.ConnectionString);
        var fourth = (string)(await probe.ScalarAsync("select Hash from audit_records where Sequence = 4"))!;
        var record = await RecordFourAsync(after);
        await probe.CountAsync(
            (database.OnPostgreSql ? "alter table audit_records disable trigger records_append_only; " : "drop trigger audit_records_no_update; ")
            + $"update audit_records set Hash = '{AuditChain.UnkeyedHashOf(record)}' where Sequence = 4; "
            + $"update audit_chain_head set UnkeyedUntil = 4, Hash = '{AuditChain.UnkeyedHashOf(record)}'; select 0");
        var moved = await VerifyAsync(admin);
        Assert.False(moved["valid"]!.GetValue<bool>(), moved.ToJsonString());
        Assert.Equal(1, moved["firstBrokenSequence"]!.GetValue<long>());
        Assert.NotEqual(fourth, AuditChain.UnkeyedHashOf(record));
    }

    [Fact]
    public async Task Outside_development_an_unkeyed_chain_is_sealed_only_at_a_start_the_operator_allows()
    {
        using var database = new MatrixDatabase("gkdbu-chain-");
        await UnkeyedDatabaseAsync(database);

        using (var refused = new EdgeHost("Production", new Dictionary<string, string>(), database))
        {
            var exception = Assert.ThrowsAny<Exception>(() => refused.CreateClient());
            Assert.Contains("Audit:SealUnkeyedRecords", exception.GetBaseException().Message, StringComparison.Ordinal);
        }

        using var allowed = new EdgeHost("Production", new Dictionary<string, string> { ["Audit:SealUnkeyedRecords"] = "true" }, database);
        var verification = await VerifyAsync(allowed.ClientAs(EdgeClients.NewSubject(), Roles.Admin));
        Assert.True(verification["valid"]!.GetValue<bool>(), verification.ToJsonString());
        Assert.Equal(3, verification["records"]!.GetValue<long>());
    }

    /// <summary>A database as it was before the key: the audit schema without the seal's migration, and three SHA-256 records.</summary>
    private static async Task UnkeyedDatabaseAsync(MatrixDatabase database)
    {
        using var before = new EdgeHost("Development", new Dictionary<string, string>(), database);
        before.CreateClient().Dispose();
        await using var scope = before.Services.CreateAsyncScope();
        var audit = (DbContext)scope.ServiceProvider.GetRequiredService(
            scope.ServiceProvider.GetServices<ModuleDatabase>().Single(m => m.Module == "Audit").ContextType);
        if (database.OnPostgreSql)
        {
            // PostgreSQL's migrations begin with the keyed chain: the records, and the head as the
            // seal's migration leaves one written before the key (everything up to its sequence unkeyed).
            await audit.Database.ExecuteSqlRawAsync(TestSql.Dialect(UnkeyedChainSql(3) + " update audit_chain_head set UnkeyedUntil = Sequence, Seal = NULL;"));
            return;
        }

        await audit.GetService<IMigrator>().MigrateAsync(InitialAuditMigration);
        await audit.Database.ExecuteSqlRawAsync(UnkeyedChainSql(3));
    }

    private static async Task<JsonObject> VerifyAsync(HttpClient admin)
    {
        var response = await admin.GetAsync(Verification);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static async Task<AuditRecord> RecordFourAsync(EdgeHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var audit = (DbContext)scope.ServiceProvider.GetRequiredService(
            scope.ServiceProvider.GetServices<ModuleDatabase>().Single(m => m.Module == "Audit").ContextType);
        return await audit.Set<AuditRecord>().AsNoTracking().SingleAsync(r => r.Sequence == 4);
    }

    /// <summary>Records as the chain wrote them before it had a key (plain SHA-256), and the head on the last.</summary>
    private static string UnkeyedChainSql(int count)
    {
        var sql = new StringBuilder();
        var previous = AuditChain.GenesisHash;
        var anyKey = new ChainKey(new byte[32]);
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var at = new DateTime(2026, 11, 20, 10, 0, sequence, DateTimeKind.Utc);
            var record = new AuditRecord(sequence, at, $"before-{sequence}", "admin", "GetSupportCase", "support-case", null, "not-found", 404, "203.0.113.9", previous, anyKey);
            var hash = AuditChain.UnkeyedHashOf(record);
            sql.Append(CultureInfo.InvariantCulture,
                $"insert into audit_records (Sequence, RecordedAt, Actor, Roles, Action, ObjectType, ObjectId, Outcome, Status, ClientAddress, PreviousHash, Hash) "
                + $"values ({sequence}, '{at:yyyy-MM-dd HH:mm:ss}{(TestProvider.OnPostgreSql ? "+00" : string.Empty)}', 'before-{sequence}', 'admin', 'GetSupportCase', 'support-case', NULL, 'not-found', 404, '203.0.113.9', '{previous}', '{hash}'); ");
            previous = hash;
        }

        sql.Append(CultureInfo.InvariantCulture, $"update audit_chain_head set Sequence = {count}, Hash = '{previous}';");
        return sql.ToString();
    }
}
